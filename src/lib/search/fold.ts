/**
 * Folding: the one normalisation that search applies identically to the index,
 * the query, result verification and in-article highlighting.
 *
 * Every code point folds to exactly one code point, so positions in folded
 * text map back to positions in the original by counting code points:
 * - traditional / variant Han characters → simplified (OpenCC's character
 *   tables, applied character by character so that folding a substring always
 *   gives a substring of the folded text — phrase tables would not);
 * - full-width ASCII → ASCII, ideographic space → space;
 * - letters → lower case.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';

/** Parses an OpenCC dictionary (`key value [value…]|…`) keeping single-character entries. */
function parseCharDict(entries: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries.split('|')) {
    const [key, first] = entry.split(' ');
    if (key && first && [...key].length === 1 && [...first].length === 1) map.set(key, first);
  }
  return map;
}

let hanFolds: Map<string, string> | undefined;

/** The traditional/variant → simplified table, built once on first use. */
function hanFoldTable(): Map<string, string> {
  if (hanFolds) return hanFolds;
  const ts = parseCharDict(tsCharacters);
  const variants = [parseCharDict(twVariantsRev), parseCharDict(hkVariantsRev)];
  const compat = parseCharDict(compatibilityIdeographs);
  const table = new Map<string, string>();
  const add = (from: string) => {
    const unified = compat.get(from) ?? from;
    let to = ts.get(unified);
    if (to === undefined) {
      for (const v of variants) {
        const standard = v.get(unified);
        if (standard !== undefined) {
          to = ts.get(standard) ?? standard;
          break;
        }
      }
    }
    to ??= unified;
    if (to !== from) table.set(from, to);
  };
  for (const map of [ts, compat, ...variants]) for (const key of map.keys()) add(key);
  hanFolds = table;
  return table;
}

/** Folds script and width of one code point: 繁→简, full-width → ASCII. Case is kept. */
function foldScriptAndWidth(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return ch;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  if (cp === 0x3000) return ' ';
  return hanFoldTable().get(ch) ?? ch;
}

/** Folds one code point (given as a string) to one code point. */
export function foldChar(ch: string): string {
  const folded = foldScriptAndWidth(ch);
  const lower = folded.toLowerCase();
  return [...lower].length === 1 ? lower : folded;
}

/**
 * Full-width punctuation (，：（）！？ …). The index keeps it as printed, because search
 * excerpts are the indexed text and readers should see Chinese punctuation; Pagefind
 * does not index punctuation, and phrase checks fold it with `foldChar` on both sides.
 */
function isFullWidthPunctuation(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp >= 0xff01 && cp <= 0xff5e && !/[0-9A-Za-z]/.test(String.fromCharCode(cp - 0xfee0));
}

/**
 * Folds text for the index: script and width only (full-width punctuation is kept). Pagefind lower-cases
 * words itself, and its excerpts and `content` are this text, so case is kept.
 */
export function foldForIndex(text: string): string {
  let out = '';
  for (const ch of text) out += isFullWidthPunctuation(ch) ? ch : foldScriptAndWidth(ch);
  return out;
}

/** Folds a string code point by code point (same number of code points out as in). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}
