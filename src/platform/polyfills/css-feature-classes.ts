/**
 * Marks the page root with what its engine's CSS lacks, for the fallbacks the build adds
 * (config/postcss/old-webview-fallbacks.js): `no-flex-gap` before Chrome 84 / iOS 14.5,
 * `no-focus-visible` before Chrome 86 / iOS 15.4.
 */
export function markMissingCssFeatures(document: Document): void {
  const root = document.documentElement;
  if (!supportsFlexGap(document)) root.classList.add('no-flex-gap');
  if (!supportsSelector(document, ':focus-visible')) root.classList.add('no-focus-visible');
}

// `@supports (gap: 1px)` is true on engines that know `gap` for grids only, so measure it.
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
