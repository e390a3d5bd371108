/**
 * Marks the page root with what its engine's CSS lacks, for the fallbacks the build adds
 * (config/postcss/old-webview-fallbacks.js): `no-flex-gap` before Chrome 84 / iOS 14.5,
 * `no-focus-visible` before Chrome 86 / iOS 15.4.
 */
export function markMissingCssFeatures(document: Document, nextFrame: NextFrame): void {
  const root = document.documentElement;
  if (!supportsSelector(document, ':focus-visible')) root.classList.add('no-focus-visible');
  if (!supports(document, 'gap', '1px')) {
    root.classList.add('no-flex-gap');
    return;
  }
  // Every engine that knows aspect-ratio (Chrome 88, iOS 15, Firefox 89) came after flex gap
  // (Chrome 84, iOS 14.5, Firefox 63), so only the engines in between need measuring.
  if (supports(document, 'aspect-ratio', '1')) return;
  // Measuring forces a layout. Done while the bundle starts, that layout (the first with the
  // app's fonts) would hold back the gateway requests the first screen waits for; one frame
  // later the page lays out anyway, and the app has not drawn anything that uses gap yet.
  nextFrame(() => {
    if (!supportsFlexGap(document)) root.classList.add('no-flex-gap');
  });
}

export type NextFrame = (run: () => void) => void;

// Without `gap` at all (Chrome 61-65, iOS 11) there is no flex gap either, and no need to measure.
function supports(document: Document, property: string, value: string): boolean {
  const css = document.defaultView?.CSS;
  return typeof css?.supports === 'function' && css.supports(property, value);
}

// `@supports (gap: 1px)` is also true on engines that know `gap` for grids only, so measure it.
function supportsFlexGap(document: Document): boolean {
  const probe = document.createElement('div');
  probe.style.cssText = 'display:flex;flex-direction:column;gap:1px;position:absolute;';
  probe.appendChild(document.createElement('div'));
  probe.appendChild(document.createElement('div'));
  document.documentElement.appendChild(probe);
  const supported = probe.scrollHeight === 1;
  probe.remove();
  return supported;
}

function supportsSelector(document: Document, selector: string): boolean {
  try {
    document.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
