/**
 * The answer schemas' field documentation, read from their doc comments. The answer schemas are
 * in the app's bundle, so their fields are documented in comments (which cost the bundle
 * nothing) rather than with `v.description`; this module carries those comments into the
 * OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import type * as v from 'valibot';

type AnySchema = v.GenericSchema & Record<string, unknown>;
type Entries = Record<string, AnySchema>;

/** Field descriptions by object schema, then by field name. */
export type FieldNotes = Map<object, Record<string, string>>;

const WRAPPERS = new Set(['nullable', 'optional', 'nullish', 'fallback', 'exactOptional']);
const OBJECTS = new Set(['object', 'looseObject', 'strictObject']);

function noteOf(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ');
  return text.trim() ? text.replace(/\s+/g, ' ').trim() : undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return ts.isIdentifier(callee) ? callee.text : undefined;
}

function collect(
  file: ts.SourceFile,
  locals: Map<string, ts.Expression>,
  notes: FieldNotes,
): (node: ts.Expression, schema: AnySchema | undefined) => void {
  const walk = (node: ts.Expression, schema: AnySchema | undefined): void => {
    if (!schema) return;
    if (ts.isIdentifier(node)) {
      const declared = locals.get(node.text);
      if (declared) walk(declared, schema);
      return;
    }
    if (!ts.isCallExpression(node)) return;
    const name = calleeName(node);
    const [first] = node.arguments;
    if (!name || !first) return;
    if (OBJECTS.has(name) && ts.isObjectLiteralExpression(first)) {
      const entries = schema.entries as Entries;
      for (const property of first.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const key = property.name.getText(file).replace(/^['"]|['"]$/g, '');
        const note = noteOf(property);
        if (note) notes.set(schema, { ...notes.get(schema), [key]: note });
        walk(property.initializer, entries[key]);
      }
    } else if (WRAPPERS.has(name)) {
      walk(first, schema.wrapped as AnySchema);
    } else if (name === 'pipe') {
      walk(first, (schema.pipe as AnySchema[])[0]);
    } else if (name === 'array') {
      walk(first, schema.item as AnySchema);
    }
  };
  return walk;
}

/** Reads the doc comments of a schema module's object fields, matched to its runtime schemas. */
export function readFieldNotes(sourcePath: string, exported: Record<string, unknown>): FieldNotes {
  const file = ts.createSourceFile(
    sourcePath,
    readFileSync(sourcePath, 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const locals = new Map<string, ts.Expression>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer) {
        locals.set(declaration.name.text, declaration.initializer);
      }
    }
  }
  const notes: FieldNotes = new Map();
  const walk = collect(file, locals, notes);
  for (const [name, initializer] of locals) {
    const schema = exported[name];
    if (schema && typeof schema === 'object') walk(initializer, schema as AnySchema);
  }
  return notes;
}

/**
 * The notes of an object schema's fields, including those it took over from another schema by
 * spreading its entries (the very same field schemas under the same names).
 */
export function notesFor(notes: FieldNotes, schema: object): Record<string, string> {
  const entries = (schema as { entries?: Entries }).entries;
  if (!entries) return {};
  let found: Record<string, string> = {};
  for (const [documented, fields] of notes) {
    const theirs = (documented as { entries: Entries }).entries;
    const spread = Object.keys(theirs).every((key) => entries[key] === theirs[key]);
    if (documented === schema || spread) found = { ...found, ...fields };
  }
  return found;
}

/** The answer schemas' notes (types/schemas/answers.ts). */
export function answerFieldNotes(exported: Record<string, unknown>): FieldNotes {
  return readFieldNotes(resolve(__dirname, '..', 'schemas', 'answers.ts'), exported);
}
