import type { Messages } from '../catalog';

/** The FAQ and notices pages. */
export const content: Messages['content'] = {
  faqTitle: 'Questions and answers',
  faqIntro:
    'Points to note when using the online registration system of downtown Jinan. The official answers are in Chinese.',
  faqQuestion: '{number}. {question}',
  noticesTitle: 'Notices',
  noticesEmpty: 'There are no notices yet.',
  publishedOn: 'Published: {date}',
  helpLineCall: 'Call the help line, {phone}',
};
