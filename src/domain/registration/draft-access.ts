import type { EnrollmentDraft } from './draft';
import type { FieldPath } from './field-paths';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads one answer by its path, so rules, journey and backfill share one way of looking. */
export function readField(draft: EnrollmentDraft, path: FieldPath): unknown {
  let node: unknown = draft;
  for (const key of path.split('.')) {
    if (!isNode(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Writes one answer without mutating the draft (stores compare by reference); creates sections. */
export function setField(draft: EnrollmentDraft, path: FieldPath, value: unknown): EnrollmentDraft {
  return setIn(draft as Node, path.split('.'), value) as EnrollmentDraft;
}

function setIn(node: Node, keys: readonly string[], value: unknown): Node {
  const [key, ...rest] = keys;
  if (key === undefined) return node;
  if (rest.length === 0) return { ...node, [key]: value };
  const child = node[key];
  return { ...node, [key]: setIn(isNode(child) ? child : {}, rest, value) };
}

/** An answer counts as given when it is neither missing nor blank text (GOV.UK: trim first). */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return !Number.isNaN(value);
  return true;
}
