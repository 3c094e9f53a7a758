/**
 * Every cue of the section model has its own examples (section-cue-examples.ts), and takes the value they state at
 * the marked stack of each example page, segmented as the ingest does. Every rule that decides a headline stack alone
 * has an example (stack-rule-examples.ts) on which --explain names it.
 */
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { bigrams } from '../../../scripts/ingest/segment/cohesion.ts';
import type { WeighedStack } from '../../../scripts/ingest/segment/group-articles.ts';
import { FEATURE_NAMES, SECTION_CUES, sectionFeatures, type SectionDecision } from '../../../scripts/ingest/segment/section-or-title.ts';
import { SECTION_CUE_EXAMPLES, examplePage, runningText } from '../../../scripts/ingest/segment/section-cue-examples.ts';
import { STACK_RULE_EXAMPLES, type StackRuleExample } from '../../../scripts/ingest/segment/stack-rule-examples.ts';
import type { StackDecision } from '../../../scripts/ingest/segment/group-articles.ts';
import { ruleNames } from '../../../scripts/eval/cues-doc.ts';
import { readFileSync } from 'node:fs';
import { setCuesOff } from '../../../scripts/ingest/segment/cues-off.ts';
import { DEFAULT_STACK_RULES } from '../../../scripts/eval/papers.ts';
import { BLOCK_CUES, NEIGHBOUR_CUES, classifyBlocks, firstBlockCue } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { KICKER_CUES, firstKickerCue } from '../../../scripts/ingest/segment/assign-headline-parts.ts';
import type { Block } from '../../../scripts/ingest/segment/block.ts';
import type { PublicationProfile } from '../../../scripts/ingest/profile.ts';

/** The cue values at the marked stack of an example page. */
function valuesAt(page: readonly string[], profile?: PublicationProfile): number[] {
  const { text, marked } = examplePage(page);
  const found: SectionDecision[] = [];
  const onWeighed = (d: WeighedStack) => {
    if (d.stack.map((s) => s.trim()).join('\n') === marked.join('\n')) found.push({ stack: d.stack, article: structuredClone(d.article), blocks: d.blocks, index: d.index, bylineOnTop: d.bylineOnTop });
  };
  segmentPage(text.split('\n').map((t, i) => ({ no: i + 1, text: t })), { file: 'example.txt', onWeighed, ...(profile ? { profile } : {}) });
  if (found.length !== 1) throw new Error(`the marked stack (${marked.join(' / ')}) was weighed ${found.length} times on the page:\n${text}`);
  return sectionFeatures(found[0]!);
}

describe('section-model cues: their own examples', () => {
  it('every cue has examples, and every cue that varies has at least two values among them', () => {
    for (const cue of SECTION_CUES) {
      const examples = SECTION_CUE_EXAMPLES[cue.id];
      expect(examples.length, cue.id).toBeGreaterThanOrEqual(cue.id === 'bias' ? 1 : 2);
      if (cue.id !== 'bias') expect(new Set(examples.map((e) => JSON.stringify(e.value))).size, cue.id).toBeGreaterThan(1);
    }
    expect(Object.keys(SECTION_CUE_EXAMPLES).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  for (const cue of SECTION_CUES) {
    for (const [n, example] of SECTION_CUE_EXAMPLES[cue.id].entries()) {
      it(`${cue.id} #${n + 1}: ${example.page.map((b) => b.replace(/\n/g, ' ')).join(' / ').slice(0, 60)} → ${JSON.stringify(example.value)}`, () => {
        const v = valuesAt(example.page, example.profile)[FEATURE_NAMES.indexOf(cue.id)]!;
        if (typeof example.value === 'number') expect(v).toBeCloseTo(example.value, 6);
        else {
          expect(v).toBeGreaterThanOrEqual(example.value[0]);
          expect(v).toBeLessThanOrEqual(example.value[1]);
        }
      });
    }
  }
});

describe('runningText', () => {
  it('is exactly n characters, ends a sentence, and the two pools share no character bigram (as cohesion counts them)', () => {
    for (const n of [10, 100, 333]) expect([...runningText(n)].length).toBe(n);
    expect(runningText(50)).toMatch(/。$/);
    const p = new Set(bigrams(runningText(600, 'P')));
    expect(bigrams(runningText(600, 'Q')).filter((x) => p.has(x))).toEqual([]);
  });
});

describe('rules that decide a headline stack alone: their own examples', () => {
  /** The rule --explain names for the marked stack of an example page. */
  const ruleAt = (e: StackRuleExample): string => {
    const { text, marked } = examplePage(e.page);
    const found: string[] = [];
    const explain = (d: StackDecision) => {
      if (d.stack.map((s) => s.trim()).join('\n') === marked.join('\n')) found.push(d.why);
    };
    segmentPage(text.split('\n').map((t, i) => ({ no: i + 1, text: t })), { file: 'example.txt', explain, ...(e.profile ? { profile: e.profile } : {}) });
    if (found.length !== 1) throw new Error(`the marked stack (${marked.join(' / ')}) was resolved ${found.length} times on the page:\n${text}`);
    return found[0]!;
  };
  const names = ruleNames(readFileSync(new URL('../../../scripts/ingest/segment/group-articles.ts', import.meta.url), 'utf8'));
  /** An example's rule matches a name: exactly, or up to a template's `…`. */
  const matches = (rule: string, name: string) => (name.endsWith('(…)') ? rule.startsWith(name.slice(0, -2)) : rule === name);

  it('every rule --explain can name has an example', () => {
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) {
      if (n === 'marked: …') continue;
      const name = n.startsWith('  ') ? `marked: ${n.trim()}` : n;
      expect(STACK_RULE_EXAMPLES.some((e) => matches(e.rule, name)), name).toBe(true);
    }
  });

  for (const e of STACK_RULE_EXAMPLES) {
    it(`${e.rule}: ${e.page.map((b) => b.replace(/\n/g, ' ')).join(' / ').slice(0, 60)}`, () => {
      const why = ruleAt(e);
      if (e.rule.endsWith('(…)')) expect(why.startsWith(e.rule.slice(0, -2)), why).toBe(true);
      else expect(why).toBe(e.rule);
    });
  }
  // The cue ablation (eval:papers --ablate-cues) switches each rule off by its name: off, the rule must no longer decide its
  // own example (else the ablation would measure nothing and call the rule worthless).
  for (const e of STACK_RULE_EXAMPLES.filter((r) => !DEFAULT_STACK_RULES.has(r.rule))) {
    it(`switched off, ${e.rule} no longer decides its example`, () => {
      setCuesOff([e.rule]);
      try {
        const why = ruleAt(e);
        expect(e.rule.endsWith('(…)') ? why.startsWith(e.rule.slice(0, -2)) : why === e.rule, why).toBe(false);
      } finally {
        setCuesOff();
      }
    });
  }
});

describe('every switchable cue stops firing on its own examples when switched off', () => {
  const blockOf = (text: string): Block => ({ text, lines: [1, text.split('\n').length], source: [], gapBefore: 1, gapAfter: 1, joins: [] });
  it('block cues, neighbour cues and headline-role cues', () => {
    try {
      for (const c of BLOCK_CUES) {
        setCuesOff([c.id]);
        for (const ex of c.examples) expect(firstBlockCue(blockOf(ex))?.id, c.id).not.toBe(c.id);
      }
      for (const c of KICKER_CUES) {
        setCuesOff([c.name]);
        for (const [a, b] of c.examples) expect(firstKickerCue(a, b)?.name, c.name).not.toBe(c.name);
      }
      for (const c of NEIGHBOUR_CUES) {
        const changes = c.examples.some((ex) => {
          setCuesOff();
          const on = classifyBlocks(ex.blocks.map(blockOf)).map((b) => b.kind).join();
          setCuesOff([c.id]);
          return classifyBlocks(ex.blocks.map(blockOf)).map((b) => b.kind).join() !== on;
        });
        expect(changes, c.id).toBe(true);
      }
    } finally {
      setCuesOff();
    }
  });
});
