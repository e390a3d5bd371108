import queryString, { parse, stringify } from './query-string.js';

const plain = (value: object) => ({ ...value });

describe("the H5 build's query-string", () => {
  it("reads a page's query as Taro's router asks for it, decoded", () => {
    expect(plain(parse('?section=child&step=2'))).toEqual({ section: 'child', step: '2' });
    expect(plain(parse('#a=x%20y&b=1+2'))).toEqual({ a: 'x y', b: '1 2' });
    expect(plain(queryString.parse('name=%E6%B5%8E%E5%8D%97'))).toEqual({ name: '济南' });
  });

  it('keeps values as written when asked not to decode', () => {
    expect(plain(parse('?a=x%20y', { decode: false }))).toEqual({ a: 'x%20y' });
  });

  it('gives a repeated key every value, a bare key null and an empty query nothing', () => {
    expect(plain(parse('a=1&a=2&a=3&flag'))).toEqual({ a: ['1', '2', '3'], flag: null });
    expect(plain(parse(''))).toEqual({});
    expect(plain(parse('?'))).toEqual({});
    expect(plain(parse('&&a=1&'))).toEqual({ a: '1' });
  });

  it('leaves a malformed escape as written instead of throwing', () => {
    expect(plain(parse('a=100%&b=%E6'))).toEqual({ a: '100%', b: '%E6' });
  });

  it('has no inherited keys for a query to collide with', () => {
    const parsed = parse('constructor=1&toString=2');
    expect(parsed.constructor).toBe('1');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
  });

  it('writes a query sorted and encoded, skipping nulls when asked', () => {
    expect(stringify({ b: 'x y', a: ['1', '2'], c: undefined, d: null })).toBe('a=1,2&b=x%20y&d');
    expect(stringify({ a: 1, d: null }, { skipNull: true })).toBe('a=1');
  });
});
