import type { FaqEntry } from '@contract';
import { Text, View } from '@tarojs/components';
import { useMessages } from '@/components/use-messages';
import { fill } from '@/messages/fill';
import '@/messages/words/content';

// The official answers are Chinese in every language: screen readers must read them as such.
const CHINESE = { lang: 'zh-CN' };

interface FaqEntryProps {
  entry: FaqEntry;
  open: boolean;
  onToggle(): void;
}

/** One question as a heading that opens and closes its answer (WAI-ARIA accordion pattern). */
export function FaqEntryView({ entry, open, onToggle }: FaqEntryProps) {
  const m = useMessages();
  const id = `faq-${entry.number}`;
  return (
    <View className={open ? 'faq-entry faq-entry--open' : 'faq-entry'} id={id}>
      <View role="heading" aria-level={2} className="faq-entry__heading">
        <View
          role="button"
          id={`${id}-toggle`}
          className="faq-entry__toggle"
          aria-expanded={open}
          aria-controls={open ? `${id}-answer` : undefined}
          onClick={onToggle}
        >
          <View className="faq-entry__question" {...CHINESE}>
            <Text>
              {fill(m.content.faqQuestion, { number: entry.number, question: entry.question })}
            </Text>
          </View>
          {/* Open or closed is in aria-expanded; the chevron says it to the eye. */}
          <View className="faq-entry__chevron" aria-hidden />
        </View>
      </View>
      {open ? (
        <View className="faq-entry__answer" id={`${id}-answer`} {...CHINESE}>
          {entry.answer.map((paragraph, index) => (
            <Text key={index} className="faq-entry__paragraph">
              {paragraph}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
