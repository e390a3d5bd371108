import type { FaqEntry } from '@contract';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { fetchFaq } from '@/api/content-api';
import { describeFailure } from '@/components/failure-message';
import { HelpLine } from '@/components/help-line';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';
import { FaqEntryView } from './faq-entry';
import { searchFaq, searchTerms } from './faq-search';
import { FaqSearchBox } from './faq-search-box';
import './faq.css';
import '@/messages/words/content';

// A search that finds this few opens their answers at once: the parent came for one of them.
const OPEN_AT_MOST = 3;

function FaqAnswers({ faq }: { faq: FaqEntry[] }) {
  const m = useMessages();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const searching = searchTerms(query).length > 0;
  const found = searchFaq(faq, query);

  function search(next: string) {
    setQuery(next);
    const hits = searchFaq(faq, next);
    const few = searchTerms(next).length > 0 && hits.length <= OPEN_AT_MOST;
    setOpened(new Set(few ? hits.map((entry) => entry.number) : []));
  }

  function toggle(number: number) {
    const next = new Set(opened);
    if (next.has(number)) next.delete(number);
    else next.add(number);
    setOpened(next);
  }

  return (
    <>
      <FaqSearchBox query={query} onChange={search} />
      <View role="status" className="faq-count" id="faq-count">
        <Text>
          {searching
            ? fill(m.content.faqFound, { count: found.length })
            : fill(m.content.faqAll, { count: faq.length })}
        </Text>
      </View>
      {searching && found.length === 0 ? (
        <View className="notice faq-none" id="faq-none">
          <Text>{fill(m.content.faqNoneFound, { query: query.trim() })}</Text>
          <HelpLine id="faq-help-line" className="help-line--inline" />
        </View>
      ) : null}
      <View className="card faq-list">
        {found.map((entry) => (
          <FaqEntryView
            key={entry.number}
            entry={entry}
            open={opened.has(entry.number)}
            onToggle={() => toggle(entry.number)}
          />
        ))}
      </View>
    </>
  );
}

/** The 14 official answers, as served by the gateway, in order: searchable, answers folded. */
export function FaqList() {
  const m = useMessages();
  const faq = useRemote(fetchFaq);
  if (faq.status === 'loading') return <LoadingNote text={m.common.loading} />;
  if (faq.status === 'failed') {
    return <ProblemPanel {...describeFailure(m, faq.code)} onRetry={faq.retry} />;
  }
  return (
    <>
      <Text className="hint">{m.content.faqIntro}</Text>
      <FaqAnswers faq={faq.data} />
    </>
  );
}
