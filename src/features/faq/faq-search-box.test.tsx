import { act, render, waitFor } from '@testing-library/react';
import { usePreferences } from '@/stores/preferences-store';
import { FaqSearchBox } from './faq-search-box';

describe('FaqSearchBox', () => {
  afterEach(() => {
    act(() => usePreferences.getState().setLanguage('zh-CN'));
  });

  it('marks the Chinese example words of the English hint zh-CN and leaves the English words alone', async () => {
    act(() => usePreferences.getState().setLanguage('en-US'));
    render(<FaqSearchBox query="" onChange={() => undefined} />);
    const hint = () => document.getElementById('faq-search-hint')!;
    await waitFor(() => expect(hint().textContent).toMatch(/^The questions/));
    const marked = Array.from(hint().querySelectorAll('[lang]')).map((e) => e.textContent);
    expect(marked).toEqual(['回填', '照片']);
    expect(hint().textContent).toContain('type a Chinese word such as 回填 or 照片.');
  });
});
