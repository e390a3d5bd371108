import type { FaqEntry } from '@contract';
import { searchFaq, searchTerms } from './faq-search';

const FAQ: FaqEntry[] = [
  { number: 5, question: '什么是自动回填？', answer: ['大数据核验成功的信息将自动回填。'] },
  { number: 12, question: '照片有什么要求？', answer: ['每张照片不超过5M，须清晰完整。'] },
  { number: 13, question: '多个孩子怎么登记？', answer: ['可以用同一账号分别登记。'] },
];

const numbers = (entries: FaqEntry[]) => entries.map((entry) => entry.number);

describe('searchFaq', () => {
  it('finds a Chinese word inside the question as a substring', () => {
    expect(numbers(searchFaq(FAQ, '回填'))).toEqual([5]);
  });

  it('finds words that occur only in the answer', () => {
    expect(numbers(searchFaq(FAQ, '账号'))).toEqual([13]);
  });

  it('matches Latin letters in any case', () => {
    expect(numbers(searchFaq(FAQ, '5m'))).toEqual([12]);
  });

  it('needs every word of a search with several words, whichever space separates them', () => {
    expect(numbers(searchFaq(FAQ, '照片　清晰'))).toEqual([12]);
    expect(numbers(searchFaq(FAQ, '照片 账号'))).toEqual([]);
  });

  it('finds everything, in the FAQ’s order, for an empty or blank search', () => {
    expect(numbers(searchFaq(FAQ, ''))).toEqual([5, 12, 13]);
    expect(numbers(searchFaq(FAQ, ' \u3000 '))).toEqual([5, 12, 13]);
  });
});

describe('searchTerms', () => {
  it('splits on spaces and Chinese commas and drops empty words', () => {
    expect(searchTerms(' 照片，要求 、 5M ')).toEqual(['照片', '要求', '5m']);
  });
});
