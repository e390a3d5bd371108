import { Button, Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { ChoiceField } from '@/components/form/choice-field';
import { FieldFrame } from '@/components/form/field-frame';
import { TextField } from '@/components/form/text-field';
import { useMessages } from '@/components/use-messages';
import {
  composeAddress,
  JINAN_DISTRICTS,
  OUTSIDE_JINAN,
  splitAddress,
  type AddressParts,
} from '@/domain/registration/address';
import { fill } from '@/messages/fill';
import './pickers.css';
import '@/messages/words/pickers';

/** The family's other address, offered with one tap (the home is often the registered one). */
export interface OtherAddress {
  which: 'household' | 'residence';
  address: string;
}

export interface AddressPickerProps {
  id: string;
  label: string;
  hint?: string;
  value: string | undefined;
  error?: string | null;
  readOnly?: boolean;
  addon?: ReactNode;
  other?: OtherAddress;
  onChange(address: string): void;
}

type NumberPart = 'building' | 'unit' | 'room';
const NUMBER_PARTS: readonly NumberPart[] = ['building', 'unit', 'room'];
const NUMBER_LENGTH: Record<NumberPart, number> = { building: 4, unit: 3, room: 5 };

/**
 * An address as district, then street or compound, then building, unit and room. The parts live
 * here while the page is open and the answer is their one composed line; a line changed from
 * outside (restoring a backfilled answer) is split again.
 */
export function AddressPicker(props: AddressPickerProps) {
  const { id, value = '', readOnly, other } = props;
  const m = useMessages();
  const [parts, setParts] = useState<AddressParts>(() => splitAddress(value));
  const shown = composeAddress(parts) === value ? parts : splitAddress(value);
  const outside = shown.district === OUTSIDE_JINAN;

  function change(next: Partial<AddressParts>) {
    const merged = { ...shown, ...next };
    setParts(merged);
    props.onChange(composeAddress(merged));
  }

  const districts = [
    ...JINAN_DISTRICTS.map((district) => ({
      value: district.code as string,
      label: m.pickers.addressDistrictNames[district.code],
      detail: district.downtown ? m.pickers.addressDowntown : undefined,
    })),
    { value: OUTSIDE_JINAN as string, label: m.pickers.addressOutside },
  ];
  const offerOther =
    !readOnly && other !== undefined && other.address.trim() !== '' && other.address !== value;

  return (
    <FieldFrame
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      addon={props.addon}
    >
      <View className="address-picker">
        <ChoiceField
          id={`${id}-district`}
          label={m.pickers.addressDistrict}
          hint={m.pickers.addressDowntownNote}
          choices={districts}
          value={shown.district === '' ? undefined : shown.district}
          compact
          readOnly={readOnly}
          onChange={(district) => change({ district: district as AddressParts['district'] })}
        />
        {offerOther ? (
          <Button
            className="button button--small address-picker__same"
            id={`${id}-same`}
            onClick={() => {
              setParts(splitAddress(other.address));
              props.onChange(other.address);
            }}
          >
            {fill(m.pickers.addressUseOther, { which: m.pickers.addressWhich[other.which] })}
          </Button>
        ) : null}
        <TextField
          id={`${id}-street`}
          label={outside ? m.pickers.addressFull : m.pickers.addressStreet}
          hint={outside ? m.pickers.addressFullHint : m.pickers.addressStreetHint}
          value={shown.street}
          maxLength={outside ? 100 : 94}
          readOnly={readOnly}
          onChange={(street) => change({ street })}
        />
        <Text className="field__hint address-picker__numbers-hint" id={`${id}-numbers-hint`}>
          {m.pickers.addressNumbersHint}
        </Text>
        <View className="address-picker__numbers">
          {NUMBER_PARTS.map((part) => (
            <View className="address-picker__number" key={part}>
              <TextField
                id={`${id}-${part}`}
                label={
                  part === 'building'
                    ? m.pickers.addressBuilding
                    : part === 'unit'
                      ? m.pickers.addressUnit
                      : m.pickers.addressRoom
                }
                value={shown[part]}
                keypad="integer"
                maxLength={NUMBER_LENGTH[part]}
                readOnly={readOnly}
                onChange={(typed) => change({ [part]: typed.replace(/\D/g, '') })}
              />
            </View>
          ))}
        </View>
        {value.trim() ? (
          <View className="address-picker__full" id={`${id}-full`}>
            <Text>{m.pickers.addressWillRead}</Text>
            <Text className="address-picker__line" {...{ lang: 'zh-CN' }}>
              {value}
            </Text>
          </View>
        ) : null}
      </View>
    </FieldFrame>
  );
}
