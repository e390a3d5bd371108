/**
 * Applies one `setData` payload to page data as WeChat does: keys are paths such as
 * `root.cn.[0].cn.[2].v` or `a.b[1]`; missing objects and arrays on the way are created.
 */
type Container = Record<string, unknown> | unknown[];

function parsePath(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const piece of path.split('.')) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(piece);
    if (!match) throw new Error(`setData: bad path "${path}"`);
    if (match[1]) parts.push(match[1]);
    for (const [, index] of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) parts.push(Number(index));
  }
  return parts;
}

/** Sets every path of `patch` in `data` (in key order, as WeChat does). */
export function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(patch)) {
    const parts = parsePath(path);
    let target: Container = data;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const key = parts[i] as string | number;
      const next = (target as Record<string | number, unknown>)[key];
      if (next === null || typeof next !== 'object') {
        const created: Container = typeof parts[i + 1] === 'number' ? [] : {};
        (target as Record<string | number, unknown>)[key] = created;
        target = created;
      } else {
        target = next as Container;
      }
    }
    const last = parts[parts.length - 1] as string | number;
    // setData copies values through the bridge: later changes to the payload do not leak in.
    (target as Record<string | number, unknown>)[last] =
      value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }
}
