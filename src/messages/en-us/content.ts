import type { Messages } from '../catalog';

/** The FAQ and notices pages. */
export const content: Messages['content'] = {
  faqTitle: 'Questions and answers',
  faqIntro:
    'Points to note when using the online registration system of downtown Jinan. The official answers are in Chinese.',
  faqQuestion: '{number}. {question}',
  faqSearchLabel: 'Search the questions',
  faqSearchHint:
    'The questions and answers are in Chinese: type a Chinese word such as 回填 or 照片.',
  faqFound: 'Questions found: {count}',
  faqAll: '{count} questions; tap a question to see its answer',
  faqNoneFound: 'No question contains “{query}”. Try another word, or call the help line.',
  faqClear: 'Clear the search',
  noticesTitle: 'Notices',
  noticesEmpty: 'There are no notices yet.',
  publishedOn: 'Published: {date}',
  helpLineCall: 'Call the help line, {phone}',
};
