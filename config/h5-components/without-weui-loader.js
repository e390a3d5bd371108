// Taro's global component stylesheet embeds the "weui" icon font (about 4 KB gzip, inlined into
// the first bundle) and the weui icon and check-label rules for checkbox, radio and icon, which
// the app never renders (its choices are buttons: src/components/form/choice-field.tsx). Dropped so
// every page starts smaller; the page reset rules (.taro-app-wrap) are kept as they are.
const WEUI_FONT_FACE = /@font-face\s*\{[^}]*font-family:\s*weui[^}]*\}/g;
const WEUI_RULE = /(?<=^|\})[^{}]*weui[^{}]*\{[^}]*\}/g;

module.exports = function withoutWeui(source) {
  return String(source).replace(WEUI_FONT_FACE, '').replace(WEUI_RULE, '');
};
