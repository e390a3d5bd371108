import { markMissingCssFeatures } from './css-feature-classes';

const view = document.defaultView as unknown as { CSS?: unknown };
const savedCss = view.CSS;

function withCssSupports(supports: ((property: string, value: string) => boolean) | undefined) {
  view.CSS = supports ? { supports } : undefined;
}

afterEach(() => {
  view.CSS = savedCss;
});

function freshRoot() {
  document.documentElement.className = '';
  return document.documentElement.classList;
}

describe('CSS feature classes on the page root', () => {
  it('marks an engine that does not know gap at all at once, without waiting for a frame', () => {
    withCssSupports(() => false);
    const classes = freshRoot();
    const nextFrame = jest.fn();
    markMissingCssFeatures(document, nextFrame);
    expect(classes.contains('no-flex-gap')).toBe(true);
    expect(nextFrame).not.toHaveBeenCalled();
  });

  it('measures flex gap only on the next frame, so starting the app forces no layout', () => {
    withCssSupports((property) => property === 'gap');
    const classes = freshRoot();
    const frames: Array<() => void> = [];
    markMissingCssFeatures(document, (run) => frames.push(run));
    expect(classes.contains('no-flex-gap')).toBe(false);
    expect(frames).toHaveLength(1);
    // jsdom lays nothing out: the probe's height is 0, as on an engine with grid-only gap.
    frames[0]!();
    expect(classes.contains('no-flex-gap')).toBe(true);
    expect(document.documentElement.children).toHaveLength(2);
  });

  it('trusts flex gap without measuring on an engine that knows aspect-ratio', () => {
    withCssSupports((property) => property === 'gap' || property === 'aspect-ratio');
    const classes = freshRoot();
    const nextFrame = jest.fn();
    markMissingCssFeatures(document, nextFrame);
    expect(classes.contains('no-flex-gap')).toBe(false);
    expect(nextFrame).not.toHaveBeenCalled();
  });

  it('treats a webview without CSS.supports as one without gap', () => {
    withCssSupports(undefined);
    const classes = freshRoot();
    markMissingCssFeatures(document, jest.fn());
    expect(classes.contains('no-flex-gap')).toBe(true);
  });
});
