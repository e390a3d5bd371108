type ParsedQuery = Record<string, string | null | Array<string | null>>;

export function parse(query: string, options?: { decode?: boolean }): ParsedQuery;
export function stringify(
  object: Record<string, unknown>,
  options?: { skipNull?: boolean },
): string;
declare const queryString: { parse: typeof parse; stringify: typeof stringify };
export default queryString;
