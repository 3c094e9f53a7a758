/**
 * Han characters, from Unicode data: the one definition for the archive (ingest, segmenter, tests).
 *
 * `\p{Script=Han}` is the JavaScript engine's Unicode Script property: every CJK unified ideograph
 * block with all its extensions (A: 䶮, B: 𠮷, C … and those to come with the engine's Unicode
 * version), the compatibility ideographs, 〇 and 々, the radicals. Hand-typed ranges
 * (`\u4e00-\u9fa5`) missed the extensions and with them real names (王䶮, 李𠮷).
 *
 * In a regular expression write `\p{Script=Han}` (inside a class too: `[\p{Script=Han}·]`) and give
 * it the `u` flag; in a pattern built from a string use `HAN`.
 */

/** The class as regular-expression source, for patterns built from strings (with the `u` flag). */
export const HAN = '\\p{Script=Han}';

const ONE_HAN = /^\p{Script=Han}$/u;

/** Whether `ch`, one character (a whole code point: 𠮷 is two UTF-16 units), is Han. */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const cp = ch.codePointAt(0)!;
  // The common cases without the regular expression: nothing below U+2E80 is Han; the BMP's unified ideographs are.
  if (cp < 0x2e80) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  return ONE_HAN.test(String.fromCodePoint(cp));
}

/** The number of Han characters in `text` (code points, so 𠮷 counts once). */
export function hanCount(text: string): number {
  // A hot path of the segmenter: counted in place, the regular expression only off the common range.
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0x4e00 && c <= 0x9fff) n++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // an astral code point (extension B and later) is a surrogate pair; a lone half is no character
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        if (ONE_HAN.test(String.fromCodePoint(cp))) n++;
        i++;
      }
    } else if (ONE_HAN.test(text[i]!)) n++;
  }
  return n;
}
