// PostCSS plugin for the H5 build: fallbacks for the CSS that the oldest webviews parents have
// (Chrome 61, Safari on iOS 11) do not understand. Taro loads it from config/index.ts.
//
// - Flex `gap` (Chrome 84, iOS 14.5): where `html.no-flex-gap` is set (detected at start-up in
//   src/platform/polyfills/css-feature-classes.ts), children of a flex container get margins
//   instead. A rule that only changes `gap` or `flex-direction` (elder mode) is completed from the
//   base rule of the same class, read from every stylesheet under src/.
// - `:focus-visible` (Chrome 86, iOS 15.4): a selector list with an unknown pseudo-class is
//   dropped whole, so `html.no-focus-visible` gets the same rule on `:focus`.
// - `max()`, `min()`, `clamp()` (Chrome 79, iOS 11.3): a plain value first, which newer engines
//   then replace with the guarded one.
const fs = require('node:fs');
const path = require('node:path');
const postcss = require('postcss');

const FLEX_PROPS = ['display', 'flex-direction', 'flex-wrap', 'gap'];

/** The class that names a selector's subject: `.page--elder .card` -> `card`. */
function subjectClass(selector) {
  const compounds = selector.trim().split(/\s*[\s>+~]\s*/);
  const classes = (compounds[compounds.length - 1] || '').match(/\.[\w-]+/g);
  return classes ? classes[classes.length - 1].slice(1) : null;
}

function flexDeclarations(rule) {
  const found = {};
  rule.each((node) => {
    if (node.type === 'decl' && FLEX_PROPS.includes(node.prop)) found[node.prop] = node.value;
  });
  return found;
}

/**
 * Design px as Taro's H5 pxtransform writes them (designWidth 750: 40 design px are 1 rem), since
 * the stylesheets read here are the sources, not what the build made of them.
 */
function designPxToRem(value, rootValue) {
  return value.replace(/(\d*\.?\d+)px/g, (_all, px) => `${Number(px) / rootValue}rem`);
}

/** Base flex layout of each class, from the rules whose selector is that class alone. */
function readBaseLayouts(cssFiles, rootValue) {
  const layouts = new Map();
  for (const file of cssFiles) {
    postcss.parse(fs.readFileSync(file, 'utf8')).walkRules((rule) => {
      for (const selector of rule.selectors) {
        if (!/^\.[\w-]+$/.test(selector.trim())) continue;
        const key = selector.trim().slice(1);
        const layout = flexDeclarations(rule);
        if (layout.gap) layout.gap = designPxToRem(layout.gap, rootValue);
        layouts.set(key, { ...layouts.get(key), ...layout });
      }
    });
  }
  return layouts;
}

function cssFilesUnder(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return cssFilesUnder(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Margins that stand in for `gap` under one layout, as [child selector suffix, declarations]. */
function gapMargins(layout, hadWrap) {
  const [rowGap, columnGap = rowGap] = layout.gap.trim().split(/\s+/);
  const column = /^column/.test(layout['flex-direction'] || '');
  const wrap = !column && /^wrap/.test(layout['flex-wrap'] || '');
  if (wrap) return [['> *', { 'margin-right': columnGap, 'margin-bottom': rowGap }]];
  const between = column
    ? { 'margin-top': rowGap, 'margin-left': '0' }
    : { 'margin-left': columnGap, 'margin-top': '0' };
  const margins = [['> * + *', between]];
  // A wrapping base layout turned into a line or column: undo its margins.
  if (hadWrap) margins.push(['> *', { 'margin-right': '0', 'margin-bottom': '0' }]);
  return margins;
}

function flexGapFallbacks(rule, baseLayouts) {
  const own = flexDeclarations(rule);
  if (Object.keys(own).length === 0) return [];
  const fallbacks = [];
  for (const selector of rule.selectors) {
    const base = baseLayouts.get(subjectClass(selector)) || {};
    const layout = { ...base, ...own };
    if (!/flex/.test(layout.display || '') || !layout.gap) continue;
    const hadWrap =
      /^wrap/.test(base['flex-wrap'] || '') && !/^column/.test(base['flex-direction'] || '');
    for (const [suffix, declarations] of gapMargins(layout, hadWrap)) {
      const fallback = postcss.rule({ selector: `.no-flex-gap ${selector.trim()} ${suffix}` });
      for (const [prop, value] of Object.entries(declarations)) fallback.append({ prop, value });
      fallbacks.push(fallback);
    }
  }
  return fallbacks;
}

function focusVisibleFallback(rule) {
  if (!rule.selector.includes(':focus-visible')) return null;
  const fallback = rule.clone({
    selectors: rule.selectors.map(
      (selector) => `.no-focus-visible ${selector.trim().replace(/:focus-visible/g, ':focus')}`,
    ),
  });
  return fallback;
}

/** The value a math function stands for on an engine without it: its preferred argument. */
function plainValue(value) {
  const match = /^(max|min|clamp)\((.*)\)$/.exec(value.trim());
  if (!match) return null;
  const args = match[2].split(',').map((part) => part.trim());
  return match[1] === 'clamp' ? args[1] : args[0];
}

module.exports = (options = {}) => {
  const sourceRoot = options.sourceRoot || path.resolve(__dirname, '..', '..', 'src');
  const baseLayouts =
    options.baseLayouts || readBaseLayouts(cssFilesUnder(sourceRoot), options.rootValue || 40);
  return {
    postcssPlugin: 'old-webview-fallbacks',
    Once(root) {
      root.walkRules((rule) => {
        if (
          rule.selector.startsWith('.no-flex-gap ') ||
          rule.selector.startsWith('.no-focus-visible ')
        )
          return;
        const added = flexGapFallbacks(rule, baseLayouts);
        const focus = focusVisibleFallback(rule);
        if (focus) added.push(focus);
        let after = rule;
        for (const fallback of added) {
          after.after(fallback);
          after = fallback;
        }
      });
      root.walkDecls((declaration) => {
        const plain = plainValue(declaration.value);
        if (plain && !/\(/.test(plain)) declaration.cloneBefore({ value: plain });
      });
    },
  };
};
module.exports.postcss = true;
