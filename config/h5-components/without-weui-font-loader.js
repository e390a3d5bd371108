// Taro's global component stylesheet embeds the "weui" icon font (about 4 KB gzip, inlined into
// the first bundle) for checkbox, radio and icon, which the app never renders. Dropped so every
// page starts smaller; the rest of the stylesheet is kept as it is.
const WEUI_FONT_FACE = /@font-face\s*\{[^}]*font-family:\s*weui[^}]*\}/g;

module.exports = function withoutWeuiFont(source) {
  return String(source).replace(WEUI_FONT_FACE, '');
};
