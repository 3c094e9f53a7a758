/**
 * Segmentation per paper, and leave-one-paper-out: how the segmenter does on each development paper, and on
 * each paper when the section model (section-or-title.ts) was fitted on the other papers only.
 *
 *   npm run eval:papers                      figures per paper: shipped model, then leave-one-paper-out
 *   npm run eval:papers -- --write           also refit on every paper and write section-model.json
 *   npm run eval:papers -- --papers a,b      only these papers (names below), e.g. a small slice in CI
 *   npm run eval:papers -- --limit N         at most N pages per paper
 *   npm run eval:papers -- --json FILE       the figures as JSON too
 *   npm run eval:papers -- --gate            exit 1 unless 人民日报 ≥ 0.96 (shipped and held out), the seeds exact (shipped
 *                                            model) and every paper ≥ 0.90 held out (CI runs this when ../shared is there)
 *   npm run eval:papers -- --ablate          each cue of the section model left out in turn, refitted and scored held out
 *   npm run eval:papers -- --ablate-cues     each hand-written cue (block, neighbour, headline-role cues and stack rules)
 *                                            switched off in turn: every paper scored with the shipped model and held
 *                                            out (the model refitted on the other papers' decisions as they then are);
 *                                            --write-ablation also writes the figures to scripts/ingest/segment/cue-ablation.json
 *   npm run eval:papers -- --styles          also each paper re-styled (variety made from the pages we have), and set
 *                                            in other house styles (HOUSE_STYLES); re-styled: blank
 *                                            lines dropped, paragraphs indented, blocks set two blank lines apart,
 *                                            a blank line after every line, every character set apart (letter-spaced),
 *                                            paragraphs hard-wrapped at 24 characters (with and without
 *                                            blank lines) and at a display width of 48 (24 wide characters);
 *                                            and each paper's articles dealt across new pages (dealAcrossPages), six
 *                                            seeded deals: median and worst
 *
 * Papers (each a folder of pages and one of gold readings, in ../shared unless --shared DIR says otherwise):
 * 人民日报 (corpus), 都市快报 (corpus-regional), seeds (seeds). A page is scored as
 * ../shared/tools/score_titles.py scores an ingest (start-F1: a produced article counts when its headline —
 * title, kicker, subtitle or their concatenation — is a gold title of the page; one to one, in order). When
 * python3 and the scorer are there, each figure is checked against the scorer itself, run on the same
 * articles written as a content folder.
 *
 * The section model is a logistic regression over the cues of section-or-title.ts, fitted on the decisions
 * the segmenter meets with the model switched off (a headline-shaped stack inside running text with no strong
 * cue), labelled by the gold (the stack holds a gold title: holdsGoldTitle). Each paper's decisions weigh in proportion to
 * the square root of their number, so that the large paper does not drown the small ones.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { strictArgs } from '../lib/cli-args.ts';
import { pageLines, readPageFile } from '../ingest/read-page.ts';
import { decodePage, unifyLineEnds } from '../ingest/decode.ts';
import type { SegmentedPage, SourceLine } from '../ingest/types.ts';
import { segmentPage } from '../ingest/segment.ts';
import { displayWidth } from '../ingest/segment/join-wrapped-lines.ts';
import type { WeighedStack } from '../ingest/segment/group-articles.ts';
import { decideProfile, profileMatters } from '../ingest/profile.ts';
import { FEATURE_NAMES, SECTION_MODEL, SECTION_WEIGHTS, sectionFeatures } from '../ingest/segment/section-or-title.ts';
import { setCuesOff } from '../ingest/segment/cues-off.ts';
import { isNameList } from '../ingest/segment/patterns.ts';
import { BLOCK_CUES, NEIGHBOUR_CUES } from '../ingest/segment/classify-blocks.ts';
import { KICKER_CUES } from '../ingest/segment/assign-headline-parts.ts';
import { STACK_RULE_EXAMPLES } from '../ingest/segment/stack-rule-examples.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const USAGE = 'Usage: npm run eval:papers -- [--shared DIR] [--papers a,b] [--limit N] [--json FILE] [--write] [--gate] [--ablate] [--ablate-cues [--write-ablation]] [--styles]\n(see the head of scripts/eval/papers.ts)';
const MODEL_FILE = join(ROOT, 'scripts/ingest/segment/section-model.json');
export const ABLATION_FILE = join(ROOT, 'scripts/ingest/segment/cue-ablation.json');

/** Stack rules that are what is left when nothing else decides (defaults): they cannot be switched off. */
export const DEFAULT_STACK_RULES: ReadonlySet<string> = new Set(['section model', 'a numbered or sidebar-tagged heading inside running text', "the page's first headline", 'opens an article']);

/** Every hand-written cue that can be switched off, with its family (the ids cues-off.ts takes). */
export function switchableCues(): { family: string; id: string }[] {
  return [
    ...BLOCK_CUES.map((c) => ({ family: 'block', id: c.id })),
    ...NEIGHBOUR_CUES.map((c) => ({ family: 'neighbour', id: c.id })),
    ...KICKER_CUES.map((c) => ({ family: 'headline-role', id: c.name })),
    ...STACK_RULE_EXAMPLES.filter((r) => !DEFAULT_STACK_RULES.has(r.rule)).map((r) => ({ family: 'stack', id: r.rule })),
  ];
}

export interface Paper {
  name: string;
  pages: string;
  gold: string;
  /** The pages are of several papers (the seeds): their articles are never dealt across pages as one paper's. */
  severalPapers?: true;
}

export const PAPERS = (shared: string): Paper[] => [
  { name: '人民日报', pages: join(shared, 'corpus'), gold: join(shared, 'corpus-gold') },
  { name: '都市快报', pages: join(shared, 'corpus-regional'), gold: join(shared, 'corpus-regional-gold') },
  { name: 'seeds', pages: join(shared, 'seeds'), gold: join(shared, 'seeds/gold'), severalPapers: true },
];

interface GoldHead {
  title?: string;
  kicker?: string;
  subtitle?: string;
}
interface Page {
  file: string;
  lines: SourceLine[];
  /** The page's text as decoded, before normalisation (what the re-styles start from). */
  text: string;
  gold: GoldHead[];
}
export interface Example {
  x: number[];
  y: number;
}
export interface Score {
  gold: number;
  produced: number;
  matched: number;
  roleRight: number;
}

const fold = (s: string | undefined | null) => (s ?? '').replace(/\s+/g, '');

function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== 'gold') out.push(...listTxt(p));
    } else if (e.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** A paper's pages that have a gold reading, read and normalised as the ingest does. */
export function loadPages(paper: Paper, limit = 0): Page[] {
  const pages: Page[] = [];
  for (const f of listTxt(paper.pages)) {
    const rel = relative(paper.pages, f).split('\\').join('/');
    const goldFile = join(paper.gold, rel.replace(/\.txt$/, '.json'));
    if (!existsSync(goldFile)) continue;
    const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { articles: GoldHead[] }).articles;
    const decoded = decodePage(readFileSync(f), f);
    pages.push({ file: rel, lines: readPageFile(f), text: decoded.ok ? unifyLineEnds(decoded.text) : '', gold });
    if (limit && pages.length >= limit) break;
  }
  return pages;
}

/**
 * Whether a headline stack holds a gold title as score_titles.py would match it: one of its lines, or consecutive lines
 * of it read together (a kicker and its title, a title set on two lines), whitespace folded.
 */
export function holdsGoldTitle(stack: readonly string[], titles: ReadonlySet<string>): boolean {
  for (let i = 0; i < stack.length; i++) {
    let run = '';
    for (let j = i; j < stack.length; j++) {
      run += fold(stack[j]);
      if (titles.has(run)) return true;
    }
  }
  return false;
}

/**
 * The model's decisions on a paper's pages (the segmenter run with the model off), labelled by the gold. The pages are
 * read in the paper's house style as the ingest reads them (profile.ts, decided from the same pages).
 */
export function collectExamples(pages: readonly Page[]): Example[] {
  const examples: Example[] = [];
  const off = { ...SECTION_MODEL, weights: [] };
  const { profile } = decideProfile(pages.map((p) => segmentPage(p.lines, { file: p.file, model: off }).habits));
  for (const p of pages) {
    const titles = new Set(p.gold.map((g) => fold(g.title)).filter(Boolean));
    const onWeighed = (d: WeighedStack) => {
      if (d.marked || d.index < 0) return;
      examples.push({ x: sectionFeatures(d), y: holdsGoldTitle(d.stack, titles) ? 1 : 0 });
    };
    segmentPage(p.lines, { file: p.file, model: off, onWeighed, profile });
  }
  return examples;
}

/** L2-regularised logistic regression by gradient descent; `sets` weigh in proportion to the square root of their size. Deterministic. */
export function fitLogistic(sets: Example[][], n: number = FEATURE_NAMES.length, iterations = 4000, lambda = 1e-4): number[] {
  const w = new Array<number>(n).fill(0);
  const weighted = sets.filter((s) => s.length).map((s) => ({ s, k: Math.sqrt(s.length) / s.length }));
  const total = weighted.reduce((t, { s, k }) => t + s.length * k, 0);
  if (!total) return w;
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(n).fill(0);
    for (const { s, k } of weighted) {
      for (const e of s) {
        let z = 0;
        for (let i = 0; i < n; i++) z += e.x[i]! * w[i]!;
        const err = (sig(z) - e.y) * k;
        for (let i = 0; i < n; i++) g[i]! += err * e.x[i]!;
      }
    }
    for (let i = 0; i < n; i++) w[i]! -= 0.5 * (g[i]! / total + (i ? lambda * w[i]! : 0));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

/** One paper's figures in a cue ablation: start-F1 with the shipped model and held out, titles in the right role. */
export interface CueFigures {
  paper: string;
  shipped: number;
  heldOut: number;
  roleRight: number;
}

/** What switching one cue off did: the change of each paper's figures, and the pages read otherwise at all. */
export interface CueWorth {
  family: string;
  id: string;
  verdict: 'helps' | 'hurts' | 'mixed' | 'changes pages' | 'no effect';
  change: (CueFigures & { pagesChanged: number })[];
}

/**
 * Each cue switched off in turn (cues-off.ts), every paper segmented again as the ingest does. Shipped: the shipped
 * section model. Held out: the section model refitted on the other papers' decisions as the segmenter meets them
 * without the cue (with one paper, the shipped model). Role: titles in the right role (shipped). Pages changed: pages
 * whose items differ at all (bylines, captions, furniture and sections too, which start-F1 does not see).
 */
export function ablateCues(data: readonly { paper: Paper; pages: Page[] }[], cues: readonly { family: string; id: string }[], onCue?: (worth: CueWorth, figures: CueFigures[]) => void): { base: CueFigures[]; cues: CueWorth[] } {
  let pagesNow = new Map<string, string>();
  const measure = (): CueFigures[] => {
    const examples = data.map((d) => collectExamples(d.pages));
    pagesNow = new Map();
    return data.map((d, i) => {
      const shipped = scoreTitles(d.pages, segmentAll(d.pages, SECTION_WEIGHTS, (file, seg) => pagesNow.set(file, JSON.stringify(seg.items))));
      const w = data.length > 1 ? fitLogistic(examples.filter((_, j) => j !== i)) : SECTION_WEIGHTS;
      const held = data.length > 1 ? scoreTitles(d.pages, segmentAll(d.pages, w)) : shipped;
      return { paper: d.paper.name, shipped: Number(startF1(shipped).toFixed(4)), heldOut: Number(startF1(held).toFixed(4)), roleRight: shipped.roleRight };
    });
  };
  setCuesOff();
  const base = measure();
  const basePages = pagesNow;
  const out: CueWorth[] = [];
  for (const { family, id } of cues) {
    setCuesOff([id]);
    let r: CueFigures[];
    try {
      r = measure();
    } finally {
      setCuesOff();
    }
    const change = r.map((x, i) => ({
      paper: x.paper,
      shipped: Number((x.shipped - base[i]!.shipped).toFixed(4)),
      heldOut: Number((x.heldOut - base[i]!.heldOut).toFixed(4)),
      roleRight: x.roleRight - base[i]!.roleRight,
      pagesChanged: data[i]!.pages.filter((p) => pagesNow.get(p.file) !== basePages.get(p.file)).length,
    }));
    const lower = change.some((x) => x.shipped < 0 || x.heldOut < 0 || x.roleRight < 0);
    const higher = change.some((x) => x.shipped > 0 || x.heldOut > 0 || x.roleRight > 0);
    const verdict = lower && higher ? 'mixed' : lower ? 'helps' : higher ? 'hurts' : change.some((x) => x.pagesChanged) ? 'changes pages' : 'no effect';
    const worth: CueWorth = { family, id, verdict, change };
    out.push(worth);
    onCue?.(worth, r);
  }
  return { base, cues: out };
}

interface Produced {
  kicker?: string;
  title: string;
  subtitle?: string;
}

/**
 * Segments every page with the given weights, as the ingest does: the paper's house style (profile.ts) decided from
 * its pages' habits, and the pages segmented again with it where it matters. The articles' headlines per page.
 */
export function segmentAll(pages: Page[], weights: readonly number[], onPage?: (file: string, seg: SegmentedPage) => void): Map<string, Produced[]> {
  const model = { ...SECTION_MODEL, weights };
  const out = new Map<string, Produced[]>();
  const first = pages.map((p) => segmentPage(p.lines, { file: p.file, model }));
  const { profile } = decideProfile(first.map((s) => s.habits));
  for (const [i, p] of pages.entries()) {
    const seg = profileMatters(profile) ? segmentPage(p.lines, { file: p.file, profile, model }) : first[i]!;
    onPage?.(p.file, seg);
    out.set(
      p.file,
      seg.items.flatMap((i) => (i.type === 'article' ? [{ title: i.article.title, ...(i.article.kicker ? { kicker: i.article.kicker } : {}), ...(i.article.subtitle ? { subtitle: i.article.subtitle } : {}) }] : [])),
    );
  }
  return out;
}

/** score_titles.py's matching, in TypeScript. */
export function scoreTitles(pages: Page[], produced: Map<string, Produced[]>): Score {
  const s: Score = { gold: 0, produced: 0, matched: 0, roleRight: 0 };
  for (const p of pages) {
    const arts = produced.get(p.file) ?? [];
    const used = new Set<number>();
    for (const ga of p.gold) {
      const gt = fold(ga.title);
      for (let i = 0; i < arts.length; i++) {
        if (used.has(i)) continue;
        const k = fold(arts[i]!.kicker), t = fold(arts[i]!.title), st = fold(arts[i]!.subtitle);
        if (gt && [t, k, st, k + t, t + st, k + t + st].includes(gt)) {
          used.add(i);
          s.matched++;
          if (gt === t) s.roleRight++;
          break;
        }
      }
    }
    s.gold += p.gold.length;
    s.produced += arts.length;
  }
  return s;
}

export const startF1 = (s: Score) => {
  const p = s.produced ? s.matched / s.produced : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** Runs ../shared/tools/score_titles.py on the articles written as a content folder; its start-F1, or null without python3 or the scorer. */
function pythonScore(scorer: string, paper: Paper, produced: Map<string, Produced[]>): number | null {
  if (!existsSync(scorer)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'jiuwen-eval-'));
  try {
    mkdirSync(join(dir, 'articles'));
    let n = 0;
    for (const [file, arts] of produced) for (const a of arts) writeFileSync(join(dir, 'articles', `${String(n++).padStart(6, '0')}.mdx`), `---\n${JSON.stringify({ ...a, source: { file } })}\n---\n`);
    const out = execFileSync('python3', [scorer, dir, paper.gold], { encoding: 'utf8' });
    const m = /start-F1 ([\d.]+)/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The seeds of the deals of --styles' articles dealt across pages. */
const DEALS = [1, 2, 3, 4, 5, 6];

const HALF_WIDTH: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')' };

/**
 * A page cut at its gold articles: what stands over the first headline, and each article's lines (from its gold
 * headline's first line to the next one's). Undefined when a gold headline is not found, in order.
 */
export function articleChunks(text: string, gold: readonly GoldHead[]): { top: string[]; chunks: string[][] } | undefined {
  const lines = text.split('\n');
  const starts: number[] = [];
  for (const g of gold) {
    const first = fold((g.kicker ?? g.title ?? '').split('\n')[0]);
    if (!first) return undefined;
    let i = (starts.at(-1) ?? -1) + 1;
    while (i < lines.length && fold(lines[i]!) !== first) i++;
    if (i >= lines.length) return undefined;
    starts.push(i);
  }
  if (!starts.length) return undefined;
  return { top: lines.slice(0, starts[0]), chunks: starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length)) };
}

/** mulberry32: a seeded generator of numbers in [0, 1), the same sequence for the same seed on every run. */
export function seededRandom(seed: number): () => number {
  let t0 = seed >>> 0;
  return () => {
    t0 = (t0 + 0x6d2b79f5) >>> 0;
    let t = t0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of a copy. */
function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

/**
 * A paper's articles dealt across new pages: every article of every page (articleChunks) shuffled, seeded, and set two
 * to five to a page under what stands over the first headline of one of its pages. The same articles and gold as
 * delivered, in neighbourhoods the paper never printed: a short item after a long feature, a letter before a news
 * report. Pages whose gold headlines are not all found are left out.
 */
export function dealAcrossPages(pages: readonly Page[], seed: number): Page[] {
  const rand = seededRandom(seed);
  const tops: string[][] = [];
  const chunks: { lines: string[]; gold: GoldHead }[] = [];
  for (const p of pages) {
    const cut = articleChunks(p.text, p.gold);
    if (!cut) continue;
    tops.push(cut.top);
    cut.chunks.forEach((lines, k) => chunks.push({ lines, gold: p.gold[k]! }));
  }
  const dealt = shuffled(chunks, rand);
  const out: Page[] = [];
  for (let i = 0; i < dealt.length; ) {
    const take = dealt.slice(i, (i += 2 + Math.floor(rand() * 4)));
    const text = [...tops[Math.floor(rand() * tops.length)]!, ...take.flatMap((c) => [...c.lines, ''])].join('\n');
    out.push({ file: `dealt/${String(out.length + 1).padStart(4, '0')}.txt`, text, lines: pageLines(text), gold: take.map((c) => c.gold) });
  }
  return out;
}

/** Ways other extractions may write the same page. */
export const RESTYLES: Record<string, (text: string) => string> = {
  'as-is': (t) => t,
  'no-blank-lines': (t) => t.split('\n').filter((l) => l.trim() !== '').join('\n'),
  indented: (t) => t.split('\n').map((l) => (l.length > 40 ? `\u3000\u3000${l}` : l)).join('\n'),
  'two-blank-lines': (t) => t.replace(/\n\n/g, '\n\n\n'),
  'a blank line after every line': (t) => t.split('\n').filter((l) => l.trim() !== '').join('\n\n'),
  // (as an extraction of type set with wide tracking writes it: every character apart; score_titles.py folds spaces)
  'letter-spaced': (t) => t.split('\n').map((l) => [...l].join(' ')).join('\n'),
  'wrapped-24': (t) => t.split('\n').map((l) => ([...l].length > 30 ? [...l].reduce<string[]>((out, c, i) => (i % 24 ? ((out[out.length - 1] += c), out) : [...out, c]), []).join('\n') : l)).join('\n'),
  'wrapped-24, no blank lines': (t) => RESTYLES['wrapped-24']!(RESTYLES['no-blank-lines']!(t)),
  // (as a PDF's column holds so much width: a line with digits or Latin letters, set half width, holds more characters)
  'wrapped at width 48': (t) => t.split('\n').map((l) => (displayWidth(l) > 60 ? [...l].reduce<string[]>((out, c) => (out.length && displayWidth(out[out.length - 1]! + c) <= 48 ? ((out[out.length - 1] += c), out) : [...out, c]), []).join('\n') : l)).join('\n'),
};

/**
 * House-style variants of a page, made with its gold reading (the titles scored stay the same):
 * - `title over subtitle`: every kicker + title line pair set as title, then the former kicker under it (副题 style);
 * - `reporter on top`: a news report's opening 本报某地某日电（记者 张三） becomes a reporter's line 记者 张三 of its own
 *   over the text (the 都市报 habit), the place and date dropped;
 * - `no column tags`: a headline's column tag in brackets at its end (（人民时评）, (链接)) left out, page and gold alike
 *   (the one variant that changes the titles scored);
 * - `half-width punctuation`: ，。：；！？（） written half width, on the page and in the gold alike;
 * - `本报讯 datelines`: 本报某地某日电 as a county paper prints it, 本报讯.
 * - `no credits`: no dateline, reporter's line or sign-off at all, as some county papers print their news.
 * - `other outlets' reporters and leads`: 本报记者 张三 on its own line as 晚报记者 张三, 本报北京2月1日电 as 某某网北京2月1日消息.
 * - `running head and foot`: a city paper's running head (A05 要闻  2026.1.8 星期四  责编 王某 …, 总第12345期  今日24版) over
 *   the page and its foot (要闻 A05, 2026年1月8日 星期四) under it.
 * - `writers with an ornament`: a writer's bare name signing the text over it set after an ornament (◎ 林某某), as
 *   weeklies and supplements print it.
 * - `headline lines in one block`: each gold article's kicker, title and subtitle set as one block, as an extraction that
 *   keeps a headline's lines together writes them (都市快报's does).
 * - `articles in another order`: the page's articles (from each gold headline's first line to the next one's) set in
 *   another order, the same for every run (seeded by the page's text); what stands over the first headline stays on
 *   top. A page whose every gold headline is not found in order is left as it is. Shows how much the segmenter leans
 *   on where on the page a headline stands.
 */
export const HOUSE_STYLES: Record<string, (text: string, gold: readonly GoldHead[]) => string | { text: string; gold: GoldHead[] }> = {
  'title over subtitle': (text, gold) => {
    const lines = text.split('\n');
    for (const g of gold) {
      if (!g.kicker || !g.title || g.subtitle) continue;
      for (let i = 0; i < lines.length; i++) {
        if (fold(lines[i]!) !== fold(g.kicker)) continue;
        let j = i + 1;
        while (j < lines.length && lines[j]!.trim() === '') j++;
        if (j < lines.length && fold(lines[j]!) === fold(g.title)) {
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          break;
        }
      }
    }
    return lines.join('\n');
  },
  'reporter on top': (text) =>
    text
      .split('\n')
      .map((l) => {
        const m = /^[ \u3000\u00a0]*本报\S{0,12}?\d{1,2}月\d{1,2}日电[ \u3000\u00a0]*[（(]记者[ \u3000\u00a0]*([^）)]+)[）)][ \u3000\u00a0]*(.+)$/.exec(l);
        return m ? `记者 ${m[1]!.replace(/[、，]/g, ' ')}\n\n${m[2]!}` : l;
      })
      .join('\n'),
  'no column tags': (text, gold) => {
    // A headline's column tag in brackets at its end (（人民时评）, (链接)) left out, on the page and in the gold alike.
    const TAG = /[（(][^（）()\n]{1,16}[）)]$/;
    const untag = (s: string | undefined) => (s ? s.replace(/\s+$/, '').replace(TAG, '') : s);
    const heads = new Set(gold.flatMap((g) => [g.kicker, g.title, g.subtitle]).filter((s): s is string => !!s && TAG.test(s.trim()) && untag(s)!.trim() !== '').map(fold));
    const lines = text.split('\n').map((l) => (heads.has(fold(l)) ? untag(l)! : l));
    return { text: lines.join('\n'), gold: gold.map((g) => ({ ...g, ...(g.kicker ? { kicker: untag(g.kicker) } : {}), ...(g.title ? { title: heads.has(fold(g.title)) ? untag(g.title) : g.title } : {}), ...(g.subtitle ? { subtitle: untag(g.subtitle) } : {}) })) };
  },
  'half-width punctuation': (text, gold) => {
    // As some extractions write Chinese punctuation, page and gold alike (the gold comes from the same source): the
    // normaliser turns it back in the text; headlines keep their brackets as printed.
    const half = (t: string) => t.replace(/[，。：；！？（）]/g, (c) => HALF_WIDTH[c]!);
    return { text: half(text), gold: gold.map((g) => ({ ...g, ...(g.kicker ? { kicker: half(g.kicker) } : {}), ...(g.title ? { title: half(g.title) } : {}), ...(g.subtitle ? { subtitle: half(g.subtitle) } : {}) })) };
  },
  'articles in another order': (text, gold) => {
    const cut = articleChunks(text, gold);
    if (!cut || cut.chunks.length < 2) return text;
    const lines = text.split('\n');
    // Seeded by the page's length and first headline: the same order on every run.
    const rand = seededRandom(lines.length * 2654435761 + fold(cut.chunks[0]![0]).length);
    const order = shuffled(cut.chunks.map((_, k) => k), rand);
    // (Each chunk ends with a blank line, so articles stay apart.)
    return [...cut.top, ...order.flatMap((k) => [...cut.chunks[k]!, ''])].join('\n');
  },
  "other outlets' reporters and leads": (text) =>
    // Another outlet's way of naming its reporters and opening its reports: 本报记者 张三 as 晚报记者 张三, 本报北京2月1日电 as
    // 某某网北京2月1日消息.
    text.split('\n').map((l) => l.replace(/^([ \u3000\u00a0]*)本报记者/, '$1晚报记者').replace(/^([ \u3000\u00a0]*)本报(\S{0,12}?\d{1,2}月\d{1,2}日)电/, '$1某某网$2消息')).join('\n'),
  'running head and foot': (text) =>
    // A city paper's running head over the page and its foot under it, as some extractions keep them (the same made-up
    // head on every page).
    `A05 要闻  2026.1.8 星期四  责编 王某  美编 李某  校对 陈某\n\n总第12345期  今日24版\n\n${text.replace(/\s+$/, '')}\n\n要闻 A05\n\n2026年1月8日 星期四\n`,
  'writers with an ornament': (text, gold) => {
    // A writer's bare name signing the text over it (the line before ends a sentence; not a headline of the gold, 丰收)
    // set after an ornament, as weeklies and supplements set it: 林某某 → ◎ 林某某.
    const heads = new Set(gold.flatMap((g) => [g.kicker, g.title, g.subtitle]).filter((h): h is string => !!h).map(fold));
    return text.split('\n').reduce<string[]>((out, l) => {
      const before = out.findLast((x) => x.trim() !== '')?.trim() ?? '';
      out.push(l.trim() && isNameList(l) && !heads.has(fold(l)) && before.length > 30 && /[。！？”]$/.test(before) ? `◎ ${l.trim()}` : l);
      return out;
    }, []).join('\n');
  },
  'headline lines in one block': (text, gold) => {
    // An extraction that keeps a headline's lines together, as 都市快报's does: the kicker, title and subtitle of each
    // gold article, found on consecutive lines apart only by blank lines, set as one block (the blank lines between them
    // dropped).
    const lines = text.split('\n');
    const drop = new Set<number>();
    let from = 0;
    for (const g of gold) {
      const heads = [g.kicker, g.title, g.subtitle].filter((h): h is string => !!h).flatMap((h) => h.split('\n')).map(fold).filter(Boolean);
      if (heads.length < 2) continue;
      for (let i = from; i < lines.length; i++) {
        if (fold(lines[i]!) !== heads[0]) continue;
        const at = [i];
        let j = i + 1;
        for (const h of heads.slice(1)) {
          while (j < lines.length && lines[j]!.trim() === '') j++;
          if (j < lines.length && fold(lines[j]!) === h) at.push(j++);
          else break;
        }
        if (at.length !== heads.length) continue;
        for (let k = at[0]!; k <= at.at(-1)!; k++) if (lines[k]!.trim() === '') drop.add(k);
        from = at.at(-1)! + 1;
        break;
      }
    }
    return lines.filter((_, k) => !drop.has(k)).join('\n');
  },
  'no credits': (text, gold) => {
    // A county paper that prints no dateline, reporter or sign-off: a news report's opening 本报北京2月1日电（记者 张三）,
    // 新华社北京2月1日电（记者 张三）, 本报讯（记者 张三） dropped from its first paragraph; a reporter's line (本报记者 张三,
    // 记者 张三 李四) and a bracketed sign-off ((记者 张三), （本报记者 张三）, （据新华社电）, （新华社）) left out with the
    // blank line under it. Headlines (the gold's) are never touched.
    const heads = new Set(gold.flatMap((g) => [g.kicker, g.title, g.subtitle]).filter((h): h is string => !!h).flatMap((h) => h.split('\n')).map(fold));
    const LEAD = /^([ \u3000\u00a0]*)(?:本报讯|本报\S{0,12}?\d{1,2}月\d{1,2}日电|(?:据)?新华社\S{0,12}?\d{1,2}月\d{1,2}日电)[ \u3000\u00a0]*(?:[（(][^（）()]{1,40}[）)])?[ \u3000\u00a0]*(?=\S)/;
    const REPORTER = /^[ \u3000\u00a0]*(?:本报)?(?:特约)?(?:记者|通讯员)[ \u3000\u00a0]*[\p{Script=Han}·]{1,4}(?:[ \u3000\u00a0、]+[\p{Script=Han}·]{1,4}){0,5}[ \u3000\u00a0]*$/u;
    const SIGN_OFF = /^[ \u3000\u00a0]*[（(](?:本报)?(?:记者|通讯员|据新华社|新华社|据)[^（）()]{0,40}[）)][ \u3000\u00a0]*$/;
    const out: string[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (heads.has(fold(l))) out.push(l);
      else if (REPORTER.test(l) || SIGN_OFF.test(l)) {
        if (lines[i + 1]?.trim() === '') i++;
      } else out.push(l.replace(LEAD, '$1'));
    }
    return out.join('\n');
  },
  "another national paper's datelines": (text) =>
    // Another national paper's own lead and reporters, its name long (本报北京2月1日电 as 某某青年报北京2月1日电, 本报记者 张三 as
    // 某某青年报记者 张三).
    text.split('\n').map((l) => l.replace(/^([ \u3000\u00a0]*)本报(\S{0,12}?\d{1,2}月\d{1,2}日)电/, '$1某某青年报$2电').replace(/^([ \u3000\u00a0]*)本报记者/, '$1某某青年报记者')).join('\n'),
  '本报讯 datelines': (text) =>
    // A county paper's dateline: 本报讯（记者 张三） for 本报北京2月1日电（记者 张三）.
    text.split('\n').map((l) => l.replace(/^([ \u3000\u00a0]*)本报\S{0,12}?\d{1,2}月\d{1,2}日电[ \u3000\u00a0]*/, '$1本报讯 ')).join('\n'),
};

function main(): void {
  const { values } = strictArgs({
    options: {
      shared: { type: 'string', default: join(ROOT, '../shared') },
      papers: { type: 'string' },
      limit: { type: 'string', default: '0' },
      write: { type: 'boolean', default: false },
      json: { type: 'string' },
      styles: { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
      ablate: { type: 'boolean', default: false },
      'ablate-cues': { type: 'boolean', default: false },
      'write-ablation': { type: 'boolean', default: false },
    },
  }, USAGE);
  const shared = resolve(values.shared!);
  const wanted = values.papers?.split(',');
  const papers = PAPERS(shared).filter((p) => existsSync(p.pages) && (!wanted || wanted.includes(p.name)));
  if (!papers.length) {
    console.error(`eval:papers: no development papers found under ${shared}`);
    process.exit(2);
  }
  const limit = Number(values.limit);
  const scorer = join(shared, 'tools/score_titles.py');
  const data = papers.map((paper) => {
    const pages = loadPages(paper, limit);
    return { paper, pages, examples: collectExamples(pages) };
  });
  const rows: Record<string, unknown>[] = [];
  const line = (label: string, name: string, s: Score, py: number | null) => {
    const f1 = startF1(s);
    console.log(`${label.padEnd(26)} ${name.padEnd(6)} gold ${String(s.gold).padStart(4)}  produced ${String(s.produced).padStart(4)}  matched ${String(s.matched).padStart(4)}  start-F1 ${f1.toFixed(3)}  (score_titles.py ${py === null ? 'n/a' : py.toFixed(3)})  title role right ${s.roleRight}/${s.matched}`);
    rows.push({ mode: label, paper: name, ...s, startF1: Number(f1.toFixed(4)), scoreTitles: py });
    if (py !== null && Math.abs(py - f1) > 0.0015) console.log(`  ! score_titles.py disagrees (${py} against ${f1.toFixed(3)})`);
  };
  console.log(`# shipped model (section-model.json), ${data.reduce((n, d) => n + d.pages.length, 0)} pages`);
  for (const d of data) {
    const produced = segmentAll(d.pages, SECTION_WEIGHTS);
    line('shipped', d.paper.name, scoreTitles(d.pages, produced), pythonScore(scorer, d.paper, produced));
  }
  if (data.length > 1) {
    console.log('# leave-one-paper-out: the section model fitted on the other papers only');
    let worst = 1;
    for (const d of data) {
      const w = fitLogistic(data.filter((o) => o !== d).map((o) => o.examples));
      const produced = segmentAll(d.pages, w);
      const s = scoreTitles(d.pages, produced);
      worst = Math.min(worst, startF1(s));
      line('held out', d.paper.name, s, pythonScore(scorer, d.paper, produced));
    }
    console.log(`worst paper held out: start-F1 ${worst.toFixed(3)}`);
    rows.push({ mode: 'held out', paper: 'worst', startF1: Number(worst.toFixed(4)) });
  }
  if (values.ablate && data.length > 1) {
    // Each cue left out in turn: the section model refitted without it, leave-one-paper-out, every paper scored.
    // A cue whose absence lowers no paper's held-out figure does not earn its place (issue 12: such cues are deleted).
    console.log('# ablation: each cue left out, the model refitted leave-one-paper-out; start-F1 held out per paper');
    const heldOut = (drop: number) => data.map((d) => {
      const strip = (e: Example): Example => (drop < 0 ? e : { x: e.x.map((v, i) => (i === drop ? 0 : v)), y: e.y });
      const w = fitLogistic(data.filter((o) => o !== d).map((o) => o.examples.map(strip)));
      if (drop >= 0) w[drop] = 0;
      return startF1(scoreTitles(d.pages, segmentAll(d.pages, w)));
    });
    const base = heldOut(-1);
    console.log(`${'all cues'.padEnd(22)} ${base.map((f, i) => `${data[i]!.paper.name} ${f.toFixed(4)}`).join('  ')}`);
    for (let c = 1; c < FEATURE_NAMES.length; c++) {
      const f = heldOut(c);
      const verdict = f.some((v, i) => v < base[i]! - 1e-9) ? 'helps' : f.some((v, i) => v > base[i]! + 1e-9) ? 'hurts' : 'no effect';
      console.log(`without ${FEATURE_NAMES[c]!.padEnd(14)} ${f.map((v, i) => `${data[i]!.paper.name} ${v.toFixed(4)} (${v >= base[i]! ? '+' : ''}${(v - base[i]!).toFixed(4)})`).join('  ')}  ${verdict}`);
      rows.push({ mode: 'ablate', cue: FEATURE_NAMES[c], ...Object.fromEntries(f.map((v, i) => [data[i]!.paper.name, Number(v.toFixed(4))])), verdict });
    }
  }
  if (values['ablate-cues']) {
    // Each hand-written cue switched off in turn (ablateCues).
    console.log('# cue ablation: each hand-written cue switched off; start-F1 shipped / held out and title roles right, per paper');
    const fmt = (r: readonly CueFigures[]) => r.map((x) => `${x.paper} ${x.shipped.toFixed(3)}/${x.heldOut.toFixed(3)}/${x.roleRight}`).join('  ');
    const { base, cues } = ablateCues(data, switchableCues(), (c, r) => {
      console.log(`${`[${c.family}] ${c.id}`.slice(0, 40).padEnd(40)} ${fmt(r)}  pages changed ${c.change.map((x) => x.pagesChanged).join('/')}  ${c.verdict}`);
      rows.push({ mode: 'ablate-cue', family: c.family, cue: c.id, verdict: c.verdict, change: c.change });
    });
    console.log(`${'all cues (the figures each change is against)'.padEnd(40)} ${fmt(base)}`);
    if (values['write-ablation']) {
      const file = {
        $comment: 'What each hand-written cue is worth: the change in start-F1 (shipped section model; held out: refitted on the other papers) and in titles in the right role, per paper, when the cue is switched off. Written by `npm run eval:papers -- --ablate-cues --write-ablation`; cues.md shows it. Never edit by hand.',
        papers: data.map((d) => `${d.paper.name} (${d.pages.length} pages)`),
        base,
        cues,
      };
      writeFileSync(ABLATION_FILE, JSON.stringify(file, null, 2) + '\n');
      console.log(`wrote ${relative(ROOT, ABLATION_FILE)}`);
    }
  }
  if (values.styles) {
    console.log('# re-styled pages (shipped model): the same pages as other extractions might write them');
    for (const d of data) {
      const cells = Object.entries(RESTYLES).map(([name, f]) => {
        const pages = d.pages.map((p) => ({ ...p, lines: pageLines(f(p.text)) }));
        const f1 = startF1(scoreTitles(pages, segmentAll(pages, SECTION_WEIGHTS)));
        rows.push({ mode: `style:${name}`, paper: d.paper.name, startF1: Number(f1.toFixed(4)) });
        return `${name} ${f1.toFixed(3)}`;
      });
      console.log(`${d.paper.name.padEnd(8)} ${cells.join('  ')}`);
    }
    console.log('# house-style variants (shipped model): the same pages set as another paper might set them');
    for (const d of data) {
      const cells = Object.entries(HOUSE_STYLES).map(([name, f]) => {
        const pages = d.pages.map((p) => {
          const v = f(p.text, p.gold);
          return typeof v === 'string' ? { ...p, lines: pageLines(v) } : { ...p, lines: pageLines(v.text), gold: v.gold };
        });
        const f1 = startF1(scoreTitles(pages, segmentAll(pages, SECTION_WEIGHTS)));
        rows.push({ mode: `house:${name}`, paper: d.paper.name, startF1: Number(f1.toFixed(4)) });
        return `${name} ${f1.toFixed(3)}`;
      });
      console.log(`${d.paper.name.padEnd(8)} ${cells.join('  ')}`);
    }
  }
  if (values.styles) {
    console.log(`# articles dealt across pages (shipped model): each paper's articles shuffled and set ${DEALS.length} ways, two to five to a page`);
    for (const d of data.filter((x) => !x.paper.severalPapers)) {
      const f1s = DEALS.map((seed) => {
        const pages = dealAcrossPages(d.pages, seed);
        return startF1(scoreTitles(pages, segmentAll(pages, SECTION_WEIGHTS)));
      });
      const sorted = [...f1s].sort((a, b) => a - b);
      const median = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
      rows.push({ mode: 'dealt:median', paper: d.paper.name, startF1: Number(median.toFixed(4)) });
      rows.push({ mode: 'dealt:worst', paper: d.paper.name, startF1: Number(sorted[0]!.toFixed(4)) });
      console.log(`${d.paper.name.padEnd(8)} median ${median.toFixed(3)}  worst ${sorted[0]!.toFixed(3)}  (${f1s.map((f) => f.toFixed(3)).join(' ')})`);
    }
  }
  console.log(`(decisions per paper: ${data.map((d) => `${d.paper.name} ${d.examples.length}, ${d.examples.filter((e) => e.y).length} titles`).join('; ')})`);
  if (values.write) {
    const w = fitLogistic(data.map((d) => d.examples));
    const model = {
      $comment: 'Weights of the section-heading-or-new-article model (section-or-title.ts), one per feature in FEATURE_NAMES order, fitted on every development paper by `npm run eval:papers -- --write` (scripts/eval/papers.ts). The shipped weights come from `npx tsx scripts/eval/fit-section-model.ts --write` (February pages of 人民日报), which scores 人民日报 higher. reviewMargin is a setting, kept by both. Never edit the weights by hand.',
      fittedOn: data.map((d) => `${d.paper.name} (${d.pages.length} pages, ${d.examples.length} decisions)`).join(', '),
      titleShare: Number((data.reduce((n, d) => n + d.examples.filter((e) => e.y).length, 0) / Math.max(1, data.reduce((n, d) => n + d.examples.length, 0))).toFixed(4)),
      threshold: 0,
      // Decisions closer than this to the threshold get a review note (segment-uncertain): kept, not fitted.
      reviewMargin: SECTION_MODEL.reviewMargin,
      features: [...FEATURE_NAMES],
      weights: w,
    };
    writeFileSync(MODEL_FILE, JSON.stringify(model, null, 2) + '\n');
    console.log(`wrote ${relative(ROOT, MODEL_FILE)} (fitted on ${model.fittedOn})`);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(rows, null, 2) + '\n');
  if (values.gate) {
    // The per-paper gate (issue 12's targets), as CI runs it: 人民日报 ≥ 0.96 with the shipped model and held out, the
    // seeds exact with the shipped model, every paper ≥ 0.90 held out.
    const f1 = (mode: string, paper: string) => rows.find((r) => r.mode === mode && r.paper === paper)?.startF1 as number | undefined;
    const failures: string[] = [];
    const want = (mode: string, paper: string, min: number) => {
      const v = f1(mode, paper);
      if (v !== undefined && v < min) failures.push(`${paper} ${mode}: start-F1 ${v.toFixed(3)} < ${min}`);
    };
    want('shipped', '人民日报', 0.96);
    want('held out', '人民日报', 0.96);
    want('shipped', 'seeds', 1);
    for (const d of data) want('held out', d.paper.name, 0.9);
    if (failures.length) {
      console.error(`eval:papers --gate: ${failures.length} paper(s) below target:\n  ${failures.join('\n  ')}`);
      process.exit(1);
    }
    console.log('eval:papers --gate: every paper at its target');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
