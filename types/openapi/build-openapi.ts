/**
 * Builds the OpenAPI 3.1 document of the gateway contract from the schemas (JSON Schema 2020-12,
 * which OpenAPI 3.1 uses as is). `npm run contract` writes it to types/openapi.json.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';
import { ERROR_CODES } from '../error-codes';
import { IDEMPOTENCY_HEADER, SESSION_HEADER } from '../envelope';
import * as answers from '../schemas/answers';
import { ENDPOINTS, type EndpointSpec } from './endpoint-specs';
import { answerFieldNotes, notesFor } from './field-notes';
import { securityNotesMarkdown, SECURITY_NOTES } from './security-notes';

type Json = Record<string, unknown>;

const ANSWER_NOTES = answerFieldNotes(answers);

/** An object's converted schema with its fields' doc comments as their descriptions. */
function withFieldNotes(schema: object, converted: Json): Json | undefined {
  const notes = Object.entries(notesFor(ANSWER_NOTES, schema));
  const properties = converted.properties as Record<string, Json> | undefined;
  if (notes.length === 0 || !properties) return undefined;
  const described = { ...properties };
  for (const [key, note] of notes) {
    const property = described[key];
    if (property && property.description === undefined) {
      described[key] = { ...property, description: note };
    }
  }
  return { ...converted, properties: described };
}

function schemaOf(schema: v.GenericSchema): Json {
  // Checks that read more than one field (check, custom) have no JSON Schema form: the
  // description and the refusals list say them instead.
  const converted = toJsonSchema(schema, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      withFieldNotes(valibotSchema, jsonSchema as Json),
  });
  // The document names the dialect once (jsonSchemaDialect), not in every schema.
  const rest: Json = { ...(converted as Json) };
  delete rest.$schema;
  return rest;
}

function envelopeOf(data: Json): Json {
  return {
    type: 'object',
    required: ['ok', 'data', 'serverTime'],
    properties: {
      ok: { const: true },
      data,
      serverTime: { type: 'string', description: 'gateway clock, ISO 8601 with offset' },
    },
  };
}

function operationOf(spec: EndpointSpec): Json {
  const parameters = [
    ...(spec.query ?? []).map((p) => ({
      name: p.name,
      in: spec.path.includes(`{${p.name}}`) ? 'path' : 'query',
      required: p.required,
      description: p.description,
      schema: { type: 'string' },
    })),
    ...(spec.headers ?? []).map((h) => ({
      name: h.name,
      in: 'header',
      required: h.required,
      description: h.description,
      schema: { type: 'string' },
    })),
  ];
  const success: Json = {
    description: 'success',
    content: { 'application/json': { schema: envelopeOf(schemaOf(spec.answer)) } },
  };
  if (spec.cacheControl) {
    success.headers = {
      'Cache-Control': {
        description: 'how long a shared cache (CDN) may keep this answer',
        schema: { type: 'string', const: spec.cacheControl },
      },
    };
  }
  const responses: Json = { [String(spec.status ?? 200)]: success };
  for (const refusal of spec.refusals) {
    const key = String(refusal.status);
    const existing = (responses[key] as Json | undefined)?.['x-refusals'] as Json[] | undefined;
    const entry = { code: refusal.code, when: refusal.when, fields: refusal.fields ?? {} };
    responses[key] = {
      description: [...(existing ?? []).map((e) => String(e.code)), refusal.code].join(', '),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Failure' } } },
      'x-refusals': [...(existing ?? []), entry],
    };
  }
  const operation: Json = {
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    operationId: `${spec.method.toLowerCase()}${spec.path
      .replace(/[{}]/g, '')
      .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
      .replace(/[^A-Za-z]/g, '')}`,
    security: spec.session ? [{ session: [] }] : [],
    parameters,
    responses,
  };
  if (spec.request) {
    operation.requestBody = {
      required: true,
      content: { 'application/json': { schema: schemaOf(spec.request) } },
    };
  }
  if (spec.rawBody === 'image') {
    operation.requestBody = {
      required: true,
      content: {
        'image/jpeg': { schema: { type: 'string', contentMediaType: 'image/jpeg' } },
        'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } },
      },
    };
  }
  return operation;
}

/** The whole document, in a stable order (the committed file is compared byte for byte). */
export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const spec of ENDPOINTS) {
    paths[spec.path] = { ...paths[spec.path], [spec.method.toLowerCase()]: operationOf(spec) };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Jinan downtown school registration gateway',
      version: '2022.1',
      description: securityNotesMarkdown(),
    },
    servers: [{ url: '{gateway}', variables: { gateway: { default: 'https://gateway.example' } } }],
    'x-security-notes': SECURITY_NOTES,
    'x-idempotency-header': IDEMPOTENCY_HEADER,
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'header', name: SESSION_HEADER },
      },
      schemas: {
        Failure: {
          type: 'object',
          required: ['ok', 'error', 'serverTime'],
          properties: {
            ok: { const: false },
            error: {
              type: 'object',
              required: ['code'],
              properties: {
                code: { enum: [...ERROR_CODES] },
                detail: { type: 'string', description: 'for developers; never shown to parents' },
                fields: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['field', 'code'],
                    properties: { field: { type: 'string' }, code: { type: 'string' } },
                  },
                },
              },
            },
            serverTime: { type: 'string' },
          },
        },
      },
    },
  };
}

/** The document as written to types/openapi.json (generated: Prettier leaves it alone). */
export function openApiText(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
}
