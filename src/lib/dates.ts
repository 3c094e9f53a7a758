import type { PartialDate } from '../content/schema';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(d: PartialDate): { y?: number; m?: number; day?: number } {
  if (!d.value) return {};
  const [y, m, day] = d.value.split('-').map(Number);
  return { y, m, day };
}

/** A date in Chinese, exactly as precise as it is known: 2020年12月4日, 2020年12月, 2020年, 日期不详. */
export function formatDateZh(d: PartialDate): string {
  const { y, m, day } = parts(d);
  if (y === undefined) return '日期不详';
  if (m === undefined) return `${y}年`;
  if (day === undefined) return `${y}年${m}月`;
  return `${y}年${m}月${day}日`;
}

/** The same date in English: 4 December 2020, December 2020, 2020, Date unknown. */
export function formatDateEn(d: PartialDate): string {
  const { y, m, day } = parts(d);
  if (y === undefined) return 'Date unknown';
  if (m === undefined) return `${y}`;
  if (day === undefined) return `${MONTHS_EN[m - 1]} ${y}`;
  return `${day} ${MONTHS_EN[m - 1]} ${y}`;
}

/**
 * A string that sorts dates chronologically whatever their precision:
 * unknown parts are `00` (2020-12 → 2020-12-00, 2020 → 2020-00-00, unknown → 0000-00-00),
 * so a month-only issue sorts before the 1st of that month and undated issues first.
 * Also the value of `data-pagefind-sort="date"`.
 */
export function dateSortKey(d: PartialDate): string {
  if (!d.value) return '0000-00-00';
  const [y, m = '00', day = '00'] = d.value.split('-');
  return `${y}-${m}-${day}`;
}

/** The year as a string, or null when unknown. */
export function dateYear(d: PartialDate): string | null {
  return d.value ? d.value.slice(0, 4) : null;
}

/** `YYYY-MM` when the month is known, else null. */
export function dateMonth(d: PartialDate): string | null {
  return d.value && d.value.length >= 7 ? d.value.slice(0, 7) : null;
}

/** The date for `citation_publication_date` and RIS (YYYY/MM/DD, YYYY/MM or YYYY), or null. */
export function dateSlashed(d: PartialDate): string | null {
  return d.value ? d.value.replaceAll('-', '/') : null;
}

/** Today's (or JIUWEN_TODAY's) month and day, used at build time for "on this day". */
export function buildDay(now = new Date(), override = process.env.JIUWEN_TODAY): { month: number; day: number; iso: string } {
  const iso = override && /^\d{4}-\d{2}-\d{2}$/.test(override) ? override : now.toISOString().slice(0, 10);
  const [, m, d] = iso.split('-').map(Number);
  return { month: m!, day: d!, iso };
}
