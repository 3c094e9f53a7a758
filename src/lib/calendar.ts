/**
 * A publication's issues arranged for browsing: by year, then month, with
 * Monday-first week grids for the months. Issues known only to the month or
 * year, and undated ones, are kept apart and listed as such.
 */
import type { Issue } from '../content/schema';

export interface CalendarDay {
  day: number;
  issues: Issue[];
}

export interface CalendarMonth {
  month: number;
  /** Weeks of 7 cells, Monday first; null = padding outside the month. */
  weeks: (CalendarDay | null)[][];
  dayIssueCount: number;
  /** Issues known only to this month. */
  monthOnly: Issue[];
}

export interface CalendarYear {
  year: number;
  months: CalendarMonth[];
  /** Issues known only to this year. */
  yearOnly: Issue[];
  total: number;
}

export interface PublicationCalendar {
  years: CalendarYear[];
  undated: Issue[];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday. */
function weekdayMondayFirst(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function monthGrid(year: number, month: number, issuesByDay: Map<number, Issue[]>): (CalendarDay | null)[][] {
  const weeks: (CalendarDay | null)[][] = [];
  let week: (CalendarDay | null)[] = Array(weekdayMondayFirst(year, month, 1)).fill(null);
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    week.push({ day: d, issues: issuesByDay.get(d) ?? [] });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array(7 - week.length).fill(null)]);
  return weeks;
}

/** Arrange one publication's issues (any order) into years and months. */
export function buildCalendar(issues: Issue[]): PublicationCalendar {
  const years = new Map<number, Issue[]>();
  const undated: Issue[] = [];
  for (const i of issues) {
    if (!i.date.value) undated.push(i);
    else {
      const y = Number(i.date.value.slice(0, 4));
      years.set(y, [...(years.get(y) ?? []), i]);
    }
  }
  const out: CalendarYear[] = [...years.keys()].sort((a, b) => a - b).map((year) => {
    const list = years.get(year)!;
    const months: CalendarMonth[] = [];
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      const inMonth = list.filter((i) => i.date.value!.slice(5, 7) === mm);
      const byDay = new Map<number, Issue[]>();
      for (const i of inMonth.filter((i) => i.date.precision === 'day')) {
        const d = Number(i.date.value!.slice(8, 10));
        byDay.set(d, [...(byDay.get(d) ?? []), i]);
      }
      months.push({
        month: m,
        weeks: monthGrid(year, m, byDay),
        dayIssueCount: [...byDay.values()].reduce((n, l) => n + l.length, 0),
        monthOnly: inMonth.filter((i) => i.date.precision === 'month'),
      });
    }
    return { year, months, yearOnly: list.filter((i) => i.date.precision === 'year'), total: list.length };
  });
  return { years: out, undated };
}
