/** The built sample archive's data, read back from the per-issue JSON files the site publishes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface IssueJson {
  id: string;
  dateKey: string;
  date: { value: string | null; precision: string };
  publication: { name: string; slug: string };
  pages: { key: string; number: number | null; items: { type: string; id?: string; text?: string }[]; source: string }[];
  articles: { id: string; title: string; pageKey: string; url: string }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? walk(f) : [f];
  });
}

export function builtIssues(dist: string): IssueJson[] {
  return walk(dist)
    .filter((f) => f.endsWith('/issue.json'))
    .map((f) => JSON.parse(readFileSync(f, 'utf8')) as IssueJson)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every file below dist, as URL paths relative to the site root. */
export function builtFiles(dist: string): string[] {
  return walk(dist).map((f) => f.slice(dist.length).replace(/\\/g, '/'));
}
