// Stands in for query-string (about 3 KB gzip in the first bundle with decode-uri-component),
// which Taro's H5 router and API load only to read a page's query (`parse`) and, for
// chooseLocation, which the app never calls, to write one (`stringify`). Same results for what
// the app's URLs hold: `?a=1&b=x%20y` → { a: '1', b: 'x y' }, a repeated key → an array, a key
// without `=` → null, `{ decode: false }` keeps values as written.

function decodePart(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text; // malformed escapes stay as written rather than breaking the page
  }
}

export function parse(query, options = {}) {
  const decode = options.decode !== false;
  const found = Object.create(null);
  if (typeof query !== 'string') return found;
  for (const part of query
    .trim()
    .replace(/^[?#&]/, '')
    .split('&')) {
    if (part === '') continue;
    const at = part.indexOf('=');
    const rawKey = at === -1 ? part : part.slice(0, at);
    const rawValue = at === -1 ? null : part.slice(at + 1);
    const key = decode ? decodePart(rawKey) : rawKey;
    const value = decode && rawValue !== null ? decodePart(rawValue) : rawValue;
    found[key] = key in found ? [].concat(found[key], value) : value;
  }
  return found;
}

export function stringify(object, options = {}) {
  const encode = (value) => encodeURIComponent(String(value));
  return Object.keys(object || {})
    .sort()
    .filter((key) => object[key] !== undefined && !(options.skipNull && object[key] === null))
    .map((key) => {
      const value = object[key];
      if (value === null) return encode(key);
      const text = Array.isArray(value) ? value.map(encode).join(',') : encode(value);
      return `${encode(key)}=${text}`;
    })
    .join('&');
}

export default { parse, stringify };
