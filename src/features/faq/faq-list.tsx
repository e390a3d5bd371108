import { Text, View } from '@tarojs/components';
import { fetchFaq } from '@/api/content-api';
import { describeFailure } from '@/components/failure-message';
import { LoadingNote } from '@/components/loading-note';
import { ProblemPanel } from '@/components/problem-panel';
import { useMessages } from '@/components/use-messages';
import { useRemote } from '@/components/use-remote';
import { fill } from '@/messages/fill';

/** The 14 official answers, as served by the gateway, in order. */
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
      {faq.data.map((entry) => (
        <View key={entry.number} className="card faq-entry" id={`faq-${entry.number}`}>
          <View role="heading" aria-level={2} className="heading">
            <Text>
              {fill(m.content.faqQuestion, { number: entry.number, question: entry.question })}
            </Text>
          </View>
          {entry.answer.map((paragraph, index) => (
            <Text key={index} className="hint">
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </>
  );
}
