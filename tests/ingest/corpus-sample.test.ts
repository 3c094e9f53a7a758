/**
 * Regression guard on a sample of 30 人民日报 pages with their gold readings
 * (tests/fixtures/corpus-sample/, every 30th page of the shared development corpus).
 * The thresholds are the figures measured when the sample was taken minus a small margin;
 * raise them when the segmenter improves. Full-corpus figures: `npx tsx scripts/dev/eval-corpus.ts`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { segmentPage } from '../../scripts/ingest/segment.ts';
import { prf, scorePage, type GoldArticle } from '../../scripts/eval/score-segmentation.ts';
import { loadLines } from './segment/helpers.ts';

const DIR = 'tests/fixtures/corpus-sample';
const TITLE_F1_MIN = Number(process.env.TITLE_F1_MIN ?? 'NaN');
const BOUNDARY_F1_MIN = Number(process.env.BOUNDARY_F1_MIN ?? 'NaN');

describe('corpus sample', () => {
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
  const totals = { gold: 0, predicted: 0, title: 0, boundary: 0 };
  for (const f of pages) {
    const gold = (JSON.parse(readFileSync(`${DIR}/${f.replace(/\.txt$/, '.json')}`, 'utf8')) as { articles: GoldArticle[] }).articles;
    const s = scorePage(segmentPage(loadLines(`${DIR}/${f}`), { file: f }), gold);
    totals.gold += s.gold;
    totals.predicted += s.predicted;
    totals.title += s.titleMatches;
    totals.boundary += s.boundaryMatches;
  }
  const title = prf(totals.title, totals.predicted, totals.gold);
  const boundary = prf(totals.boundary, totals.predicted, totals.gold);

  it('has thirty pages', () => expect(pages).toHaveLength(30));
  it(`keeps title-F1 (${(100 * title.f1).toFixed(1)}%) above its threshold`, () => {
    expect(title.f1).toBeGreaterThanOrEqual(Number.isNaN(TITLE_F1_MIN) ? THRESHOLDS.title : TITLE_F1_MIN);
  });
  it(`keeps boundary-F1 (${(100 * boundary.f1).toFixed(1)}%) above its threshold`, () => {
    expect(boundary.f1).toBeGreaterThanOrEqual(Number.isNaN(BOUNDARY_F1_MIN) ? THRESHOLDS.boundary : BOUNDARY_F1_MIN);
  });
});

/** Measured on the sample (title-F1 99.3%, boundary-F1 99.3%: 137 of 138 gold articles, 138 predicted) minus a small margin (about two articles). */
const THRESHOLDS = { title: 0.98, boundary: 0.98 };
