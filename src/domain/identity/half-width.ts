// Full-width forms U+FF01-U+FF5E sit 0xFEE0 above their ASCII twins; U+3000 is a full-width space.
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Chinese input methods often type full-width characters (１２３Ｘ); convert them to ASCII. */
export function toHalfWidth(raw: string): string {
  return raw
    .replace(FULL_WIDTH_ASCII, (char) =>
      String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET),
    )
    .replace(IDEOGRAPHIC_SPACE, ' ');
}
