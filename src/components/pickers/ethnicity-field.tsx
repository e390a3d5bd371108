import { Input, Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { ChoiceField } from '@/components/form/choice-field';
import { useMessages } from '@/components/use-messages';
import { ETHNIC_GROUPS, matchEthnicGroups } from '@/domain/registration/ethnic-groups';
import { fill } from '@/messages/fill';
import { ethnicGroupName } from './ethnic-group-name';
import './pickers.css';
import '@/messages/words/pickers';

export interface EthnicityFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string | undefined;
  error?: string | null;
  readOnly?: boolean;
  addon?: ReactNode;
  onChange(code: string): void;
}

/**
 * The ethnic group as a searchable list, 汉族 first, in GB/T 3304 order: one search box and a
 * list of its own height instead of 58 chips down the page.
 */
export function EthnicityField(props: EthnicityFieldProps) {
  const m = useMessages();
  const [query, setQuery] = useState('');
  const groups = ETHNIC_GROUPS.map((group) => ({
    ...group,
    shown: ethnicGroupName(m, group.code),
  }));
  const found = matchEthnicGroups(groups, query);
  const searchId = `${props.id}-search`;
  const search = (
    <>
      <Text className="field__hint" id={`${searchId}-label`}>
        {m.pickers.ethnicitySearchHint}
      </Text>
      <Input
        className="field__input picker-search"
        id={searchId}
        value={query}
        type="text"
        maxlength={20}
        placeholder={m.pickers.ethnicitySearch}
        disabled={props.readOnly}
        nativeProps={{
          type: 'search',
          'aria-label': m.pickers.ethnicitySearch,
          'aria-describedby': `${searchId}-label`,
          'aria-controls': `${props.id}-options`,
        }}
        onInput={(event) => setQuery(event.detail.value)}
      />
      {found.length === 0 ? (
        <View className="notice" role="status">
          <Text>{fill(m.pickers.ethnicityNoMatch, { query })}</Text>
        </View>
      ) : null}
    </>
  );
  return (
    <ChoiceField
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      readOnly={props.readOnly}
      addon={props.addon}
      scrolls
      before={search}
      choices={found.map((group) => ({ value: group.code, label: group.shown }))}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
