/** Formatting of search UI text: string templates, dates and page numbers. */
import type { SearchStringKey } from '../../i18n/search';

export type Strings = Record<SearchStringKey, string>;

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** `2020-12-04` → 2020年12月4日, `2020-12` → 2020年12月, `2020` → 2020年, `12` → 12月. */
export function formatDate(value: string, t: Strings): string {
  const day = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (day) return fill(t['search.date.day'], { y: day[1]!, m: Number(day[2]), d: Number(day[3]) });
  const month = value.match(/^(\d{4})-(\d{2})$/);
  if (month) return fill(t['search.date.month'], { y: month[1]!, m: Number(month[2]) });
  if (/^\d{4}$/.test(value)) return fill(t['search.date.year'], { y: value });
  if (/^\d{1,2}$/.test(value)) return fill(t['search.date.monthOnly'], { m: Number(value) });
  return value;
}

/** `1` → 第1版; anything else as it is. */
export function formatPage(value: string, t: Strings): string {
  return /^\d+$/.test(value) ? fill(t['search.page'], { n: value }) : value;
}

/** A filter value as shown in the filter menus. */
export function formatFilterValue(key: string, value: string, t: Strings): string {
  if (key === 'year' || key === 'month') return formatDate(value, t);
  if (key === 'page') return formatPage(value, t);
  return value;
}
