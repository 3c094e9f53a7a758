/** The side files' schemas (scripts/ingest/side-files.ts): readable problems, and JSON Schemas for editors that are up to date. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogueFileSchema, correctionsFileSchema, sideFileJsonSchemas } from '../../scripts/ingest/side-files.ts';
import { parseCatalogue } from '../../scripts/ingest/metadata.ts';
import { parseCorrections } from '../../scripts/ingest/corrections.ts';

describe('side-file schemas', () => {
  it('docs/schema/ holds the JSON Schemas generated from the zod schemas (run `npm run schemas` after a change)', () => {
    for (const [name, text] of Object.entries(sideFileJsonSchemas())) expect(readFileSync(`docs/schema/${name}`, 'utf8'), name).toBe(text);
  });

  it('the sample catalogue and corrections fit the whole-file schemas', () => {
    expect(catalogueFileSchema.safeParse(JSON.parse(readFileSync('content/sources/catalogue.json', 'utf8'))).success).toBe(true);
    expect(correctionsFileSchema.safeParse(JSON.parse(readFileSync('content/corrections.json', 'utf8'))).success).toBe(true);
  });

  it('a bad field is named with its entry and ignored; the rest of the entry is kept', () => {
    const { catalogue, problems } = parseCatalogue({
      publications: { 金坛时报: { slug: 'jintan-shibao', profile: { bylineOnTop: 'yes' } } },
      pages: { 'a.txt': { date: '2019-02-30', page: 'A02', issueNumber: 3 } },
    });
    expect(problems.map((p) => p.message)).toEqual([
      'catalogue.json: publications["金坛时报"].profile: expected an object like { "bylineOnTop": true, "headlineLinesAreParts": true }; ignored',
      'catalogue.json: pages["a.txt"].date: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY, or null; ignored',
    ]);
    expect(catalogue.publications['金坛时报']).toEqual({ slug: 'jintan-shibao' });
    expect(catalogue.pages['a.txt']).toEqual({ pageLabel: 'A02', issueNumber: 3 });

    const c = parseCorrections({ issues: { 'x/2020': { date: '2020-02-30', dateBasis: '档案' } }, articles: [{ match: { file: 'a.txt', line: 0 }, set: { title: 'x' } }] });
    expect(c.problems.map((p) => p.message)).toEqual([
      'corrections.json: issues["x/2020"].date: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY; ignored',
      'corrections.json: articles[0].match: expected { "id": … } or { "file": …, "line": … } with a positive "line"',
    ]);
    expect(c.corrections.issues['x/2020']).toEqual({ dateBasis: '档案' });
    expect(c.corrections.articles).toEqual([]);
  });
});
