import { focusPageHeading, refocusPageHeading } from './page-frame.h5';

/** An element jsdom reports on screen (a box) only once `shown` is set. */
function element(tag: string, id: string): { node: HTMLElement; show(): void } {
  const node = document.createElement(tag);
  node.id = id;
  let shown = false;
  node.getClientRects = () => (shown ? [new DOMRect(0, 0, 100, 20)] : []) as unknown as DOMRectList;
  document.body.appendChild(node);
  return { node, show: () => (shown = true) };
}

beforeEach(() => {
  jest.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => jest.useRealTimers());

describe('focusPageHeading', () => {
  it('focuses the heading of a page already on screen at once, outside the tab order', () => {
    const heading = element('div', 'page-heading-1');
    heading.show();
    focusPageHeading('page-heading-1');
    expect(document.activeElement).toBe(heading.node);
    expect(heading.node.getAttribute('tabindex')).toBe('-1');
  });

  it('waits for a page a slow phone shows late, then focuses its heading', () => {
    const heading = element('div', 'page-heading-2');
    // The button that opened the page keeps focus on the page below until the new one shows.
    const opener = element('button', 'start-registration');
    opener.show();
    opener.node.focus();
    focusPageHeading('page-heading-2');
    jest.advanceTimersByTime(400);
    expect(document.activeElement).toBe(opener.node);
    heading.show();
    jest.advanceTimersByTime(60);
    expect(document.activeElement).toBe(heading.node);
  });

  it('leaves focus where the parent put it while the page was still coming', () => {
    const heading = element('div', 'page-heading-3');
    const field = element('input', 'f-child-name');
    focusPageHeading('page-heading-3');
    field.show();
    field.node.focus();
    heading.show();
    jest.advanceTimersByTime(1000);
    expect(document.activeElement).toBe(field.node);
  });

  it('gives up on a heading that never shows', () => {
    const heading = element('div', 'page-heading-4');
    focusPageHeading('page-heading-4', 500);
    jest.advanceTimersByTime(600);
    heading.show();
    jest.advanceTimersByTime(1000);
    expect(document.activeElement).toBe(document.body);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('refocusPageHeading', () => {
  it('puts focus back on the heading of a page drawn again while focus fell to the document', () => {
    const heading = element('div', 'page-heading-5');
    heading.show();
    refocusPageHeading('page-heading-5');
    expect(document.activeElement).toBe(heading.node);
  });

  it('leaves focus the parent has on the page where it is', () => {
    const heading = element('div', 'page-heading-6');
    const field = element('input', 'f-child-name');
    heading.show();
    field.show();
    field.node.focus();
    refocusPageHeading('page-heading-6');
    expect(document.activeElement).toBe(field.node);
  });

  it('does nothing for a page below the one on screen', () => {
    element('div', 'page-heading-7');
    refocusPageHeading('page-heading-7');
    expect(document.activeElement).toBe(document.body);
    expect(jest.getTimerCount()).toBe(0);
  });
});
