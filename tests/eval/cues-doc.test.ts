/** The generated cue document (scripts/ingest/segment/cues.md) is the cues as the code has them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUES_DOC, cuesDoc, ruleNames } from '../../scripts/eval/cues-doc.ts';
import { FEATURE_NAMES, SECTION_CUES } from '../../scripts/ingest/segment/section-or-title.ts';
import model from '../../scripts/ingest/segment/section-model.json' with { type: 'json' };
import ablation from '../../scripts/ingest/segment/cue-ablation.json' with { type: 'json' };
import { switchableCues } from '../../scripts/eval/papers.ts';

const source = readFileSync('scripts/ingest/segment/group-articles.ts', 'utf8');

describe('cues.md', () => {
  it('is up to date (npx tsx scripts/eval/cues-doc.ts rewrites it)', () => {
    expect(readFileSync(CUES_DOC, 'utf8')).toBe(cuesDoc(source));
  });
  it('documents every cue of the section model, in the weights\' order', () => {
    expect(SECTION_CUES.every((c) => c.doc.length > 5 && (c.doc as string) !== c.id)).toBe(true);
    expect(model.features).toEqual(FEATURE_NAMES);
    for (const c of SECTION_CUES) expect(cuesDoc(source)).toContain(`| \`${c.id}\` |`);
  });
  it('names every rule --explain can give', () => {
    const names = ruleNames(source);
    expect(names).toContain("a headline over a reporter's line (the paper's house style)");
    expect(names).toContain('  a headline set on several lines');
    expect(names.length).toBeGreaterThan(20);
    expect(names.some((n) => n.trim() === 'dateline' || n.trim() === ';')).toBe(false);
  });
  it('shows what every switchable cue is worth: cue-ablation.json measures exactly the cues there are (a new cue needs `npm run eval:papers -- --ablate-cues --write-ablation`)', () => {
    expect(ablation.cues.map((c) => `${c.family}:${c.id}`)).toEqual(switchableCues().map((c) => `${c.family}:${c.id}`));
    for (const c of ablation.cues) expect(c.change.map((x) => x.paper)).toEqual(ablation.base.map((b) => b.paper));
  });
});
