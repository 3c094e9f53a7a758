/**
 * `npm run schemas`: writes the JSON Schemas of the side files (catalogue.json, corrections.json) to
 * docs/schema/, generated from their zod schemas (scripts/ingest/side-files.ts) with z.toJSONSchema.
 * Editors point their JSON files at them ("$schema") for autocompletion and checks.
 * tests/ingest/side-files.test.ts fails when the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sideFileJsonSchemas } from '../ingest/side-files.ts';

const dir = resolve(fileURLToPath(import.meta.url), '../../../docs/schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(sideFileJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote docs/schema/${name}`);
}
