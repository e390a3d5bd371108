import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApi, openApiText } from './build-openapi';
import { ERROR_CODES } from '../error-codes';
import { ENDPOINTS } from './endpoint-specs';

const COMMITTED = resolve(__dirname, '..', 'openapi.json');

describe('the OpenAPI document of the contract', () => {
  it('is the committed types/openapi.json (run `npm run contract` after changing a schema)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(openApiText());
  });

  it('describes every endpoint of the contract and none of the mock controls', () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toHaveLength(ENDPOINTS.length);
    expect(operations.some((operation) => operation.includes('__mock'))).toBe(false);
    expect(JSON.stringify(doc)).not.toContain('"dev"');
  });

  it('lists the production hosts only and the declaration a submission needs', () => {
    const doc = buildOpenApi() as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const session = JSON.stringify(doc.paths['/session']?.post?.requestBody);
    expect(session).toContain('"enum":["ishandong","quancheng","weapp"]');
    const submit = JSON.stringify(doc.paths['/registrations']?.post?.requestBody);
    expect(submit).toContain('"declaration"');
    expect(submit).toContain('"maxLength":120');
  });

  it('carries the security notes and each refusal with its field paths', () => {
    const doc = buildOpenApi() as {
      info: { description: string };
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<
              string,
              { 'x-refusals'?: { code: string; fields: Record<string, string[]> }[] }
            >;
          }
        >
      >;
    };
    for (const title of [
      'Session and renewal',
      'Idempotency',
      'Upload ownership',
      'Limits and quotas',
    ]) {
      expect(doc.info.description).toContain(`### ${title}`);
    }
    const refusals = doc.paths['/registrations']?.post?.responses['422']?.['x-refusals'] ?? [];
    expect(refusals[0]?.fields.declaration).toEqual([
      'required',
      'not-accepted',
      'unknown-version',
      'invalid',
    ]);
    expect(refusals[0]?.fields['materials.<kind>']).toContain('unknown-upload');
  });

  it('marks GET /config public, without a 401, and says how long a CDN may keep it', () => {
    const doc = buildOpenApi() as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const config = doc.paths['/config']?.get ?? {};
    expect(config.security).toEqual([]);
    expect(Object.keys(config.responses as object)).not.toContain('401');
    expect(config.description).toMatch(/opening day/);
    expect(JSON.stringify(config.responses)).toContain('"const":"public, max-age=0, s-maxage=60"');
    // Every other call but signing on and the public catalogue needs the session.
    const publicOperations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => (operation.security as unknown[]).length === 0)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(publicOperations.sort()).toEqual(['GET /config', 'GET /materials', 'POST /session']);
  });

  it("names every error code of the contract as some endpoint's refusal", () => {
    const answered = new Set(ENDPOINTS.flatMap((spec) => spec.refusals.map((r) => r.code)));
    expect(ERROR_CODES.filter((code) => !answered.has(code))).toEqual([]);
  });
});
