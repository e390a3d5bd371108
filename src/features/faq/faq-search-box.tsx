import { Input, Text, View } from '@tarojs/components';
import { TextLink } from '@/components/text-link';
import { useMessages } from '@/components/use-messages';
import { focusById } from '@/platform/focus';
import '@/messages/words/content';

interface FaqSearchBoxProps {
  query: string;
  onChange(query: string): void;
}

/**
 * The English hint's example words are Chinese (the answers are): each run of Chinese characters
 * is marked zh-CN so a screen reader reads it with Chinese rules, not as English letters.
 */
function chineseMarked(text: string) {
  return text.split(/([\u3400-\u9fff]+)/).map((part, index) =>
    index % 2 === 1 ? (
      <Text key={index} {...{ lang: 'zh-CN' }}>
        {part}
      </Text>
    ) : (
      part
    ),
  );
}

/** The search box over the FAQ, with its label and hint tied to it for screen readers. */
export function FaqSearchBox({ query, onChange }: FaqSearchBoxProps) {
  const m = useMessages();
  return (
    <View className="faq-search">
      <View className="faq-search__label" id="faq-search-label">
        <Text>{m.content.faqSearchLabel}</Text>
      </View>
      <Text className="hint" id="faq-search-hint">
        {chineseMarked(m.content.faqSearchHint)}
      </Text>
      <Input
        className="faq-search__input"
        id="faq-search"
        type="text"
        confirmType="search"
        value={query}
        maxlength={40}
        aria-labelledby="faq-search-label"
        aria-describedby="faq-search-hint"
        onInput={(event) => onChange(event.detail.value)}
      />
      {query ? (
        <TextLink
          id="faq-search-clear"
          className="faq-search__clear"
          label={m.content.faqClear}
          onOpen={() => {
            onChange('');
            // The link goes away with the search: focus returns to the box, not to the page.
            focusById('faq-search', { field: true });
          }}
        />
      ) : null}
    </View>
  );
}
