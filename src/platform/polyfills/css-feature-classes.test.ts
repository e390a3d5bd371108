import { markMissingCssFeatures } from './css-feature-classes';

function withCssSupports(supports: ((property: string, value: string) => boolean) | undefined) {
  const view = document.defaultView as unknown as { CSS?: unknown };
  const saved = view.CSS;
  view.CSS = supports ? { supports } : undefined;
  return () => {
    view.CSS = saved;
  };
}

function freshRoot() {
  document.documentElement.className = '';
  return document.documentElement.classList;
}

describe('CSS feature classes on the page root', () => {
  it('marks an engine that does not know gap at all at once, without waiting for a frame', () => {
    const restore = withCssSupports(() => false);
    const classes = freshRoot();
    const nextFrame = jest.fn();
    markMissingCssFeatures(document, nextFrame);
    expect(classes.contains('no-flex-gap')).toBe(true);
    expect(nextFrame).not.toHaveBeenCalled();
    restore();
  });

  it('measures flex gap only on the next frame, so starting the app forces no layout', () => {
    const restore = withCssSupports((property) => property === 'gap');
    const classes = freshRoot();
    const frames: Array<() => void> = [];
    markMissingCssFeatures(document, (run) => frames.push(run));
    expect(classes.contains('no-flex-gap')).toBe(false);
    expect(frames).toHaveLength(1);
    // jsdom lays nothing out: the probe's height is 0, as on an engine with grid-only gap.
    frames[0]!();
    expect(classes.contains('no-flex-gap')).toBe(true);
    expect(document.documentElement.children).toHaveLength(2);
    restore();
  });

  it('treats a webview without CSS.supports as one without gap', () => {
    const restore = withCssSupports(undefined);
    const classes = freshRoot();
    markMissingCssFeatures(document, jest.fn());
    expect(classes.contains('no-flex-gap')).toBe(true);
    restore();
  });
});
