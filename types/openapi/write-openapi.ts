/** `npm run contract`: writes types/openapi.json from the schemas. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiText } from './build-openapi';

const target = resolve(__dirname, '..', 'openapi.json');
writeFileSync(target, openApiText());
process.stdout.write(`wrote ${target}\n`);
