/**
 * Writes the site's data files straight from the content, beside the Astro
 * build (scripts/build/site.ts runs it; Astro's own routes for them then
 * produce nothing):
 *   <issue>/issue.json, <issue>/<page>/source.txt, <article>/article.json
 *   export/archive.jsonl     the whole archive, always (it is about the whole archive)
 * The contents come from src/lib/data-files.ts, the functions Astro's routes
 * use, so the files are byte for byte what `astro build` alone writes.
 *
 *   tsx scripts/build/data-files.ts --out dist [--content content] [--reuse-export]
 *
 * --reuse-export (an incremental build, with JIUWEN_ISSUES): the export lines of
 * the issues not listed are copied from the export already in --out.
 *
 * Honours the partial-build selection (JIUWEN_SHARDS / JIUWEN_ISSUES,
 * src/lib/shards.ts) like the Astro build; JIUWEN_SITE / JIUWEN_BASE like
 * astro.config.mjs. A bad content file is an error naming it; nothing is
 * half-written: the export is written to a temporary file and renamed.
 */
import { closeSync, copyFileSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import type { ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSchema, issueSchema, type Article, type Issue } from '../../src/content/schema.ts';
import { splitArticleFile } from '../../src/content/article-file.ts';
import { buildArchive, type Archive } from '../../src/lib/archive.ts';
import {
  ARCHIVE_EXPORT_FILE,
  issueExportLines,
  articleJson,
  articleJsonFile,
  articleRecordJson,
  issueJson,
  issueJsonFile,
  pageSourceFile,
} from '../../src/lib/data-files.ts';
import { articleRecord } from '../../src/lib/records.ts';
import { articleSelected, issueSelected, selectionFromEnv, type Selection } from '../../src/lib/shards.ts';
import { siteOrigin } from '../../src/lib/site-settings.ts';
import { strictArgs } from '../lib/cli-args.ts';
import { sourcesDir } from '../../src/lib/content-dir.ts';

export class ContentFileError extends Error {}

function files(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, ext, out);
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

function zodMessage(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** The archive from a content folder, as the content collections give it (same schemas), and where each article's file is. */
export function loadContent(content: string, onlyArticlesOf?: Set<string>): { archive: Archive; articleFile: Map<string, string> } {
  const issues: Issue[] = [];
  for (const file of files(join(content, 'issues'), '.json').sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ContentFileError(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    const parsed = issueSchema.safeParse(data);
    if (!parsed.success) throw new ContentFileError(`${file}: ${zodMessage(parsed.error)}`);
    issues.push(parsed.data);
  }
  const articles: Article[] = [];
  const articleFile = new Map<string, string>();
  const articleFiles = onlyArticlesOf
    ? [...onlyArticlesOf].flatMap((id) => files(join(content, 'articles', ...id.split('/')), '.mdx'))
    : files(join(content, 'articles'), '.mdx');
  for (const file of articleFiles.sort()) {
    const { data } = splitArticleFile(readFileSync(file, 'utf8'), file);
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) throw new ContentFileError(`${file}: front matter: ${zodMessage(parsed.error)}`);
    articles.push(parsed.data);
    articleFile.set(parsed.data.id, file);
  }
  return { archive: buildArchive(issues, articles), articleFile };
}

export interface WriteDataOptions {
  content: string;
  out: string;
  selection?: Selection;
  site?: string;
  /**
   * An export written by an earlier build of the same code, settings and day
   * (scripts/build/site.ts decides): the lines of every issue outside
   * `selection.issues` are copied from it instead of being made again, so an
   * incremental build does not read every article. An issue missing from it
   * makes a full pass instead.
   */
  reuseExport?: string;
}

class MissingExportGroup extends Error {}

/** Reads an export file issue by issue: the issue's line and its articles' lines, as text. */
class ExportGroups {
  private readonly input: ReadStream;
  private readonly lines: AsyncIterator<string>;
  private pending: string | undefined;
  constructor(path: string) {
    this.input = createReadStream(path, 'utf8');
    this.lines = createInterface({ input: this.input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  }
  private async line(): Promise<string | undefined> {
    const next = await this.lines.next();
    return next.done ? undefined : next.value;
  }
  /** The group of issue `id`, skipping groups before it; undefined when the file has none. */
  async find(id: string): Promise<string | undefined> {
    for (;;) {
      const head = this.pending ?? (await this.line());
      this.pending = undefined;
      if (head === undefined) return undefined;
      if (!head.startsWith(ISSUE_LINE)) continue;
      const lines = [head];
      for (let l = await this.line(); l !== undefined; l = await this.line()) {
        if (l.startsWith(ISSUE_LINE)) {
          this.pending = l;
          break;
        }
        lines.push(l);
      }
      if ((JSON.parse(head) as { id: string }).id === id) return `${lines.join('\n')}\n`;
    }
  }
  close(): void {
    this.input.destroy();
  }
}

/** How an issue's line of the export starts (JSON.stringify of lib/records.ts issueRecord). */
const ISSUE_LINE = '{"type":"issue"';

/** Writes the data files; returns how many, and how many issues' export lines were copied from `reuseExport`. */
export async function writeData(options: WriteDataOptions): Promise<{ files: number; copied: number }> {
  if (options.reuseExport && options.selection?.issues && existsSync(options.reuseExport)) {
    try {
      return await writeDataOnce(options, options.selection.issues);
    } catch (e) {
      if (!(e instanceof MissingExportGroup)) throw e;
    }
  }
  return writeDataOnce(options);
}

async function writeDataOnce({ content, out, selection = {}, site = siteOrigin(), reuseExport }: WriteDataOptions, fresh?: Set<string>): Promise<{ files: number; copied: number }> {
  // `fresh`: only these issues' lines are made; the others come from `reuseExport`.
  const { archive, articleFile } = loadContent(content, fresh);
  const sources = sourcesDir(content);
  const made = new Set<string>();
  let written = 0;
  const write = (rel: string, data: string | Buffer) => {
    const path = join(out, rel);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, data);
    written += 1;
  };
  const body = (a: Article) => {
    const file = articleFile.get(a.id)!;
    return splitArticleFile(readFileSync(file, 'utf8'), file).body;
  };

  for (const issue of archive.issues) {
    if (!issueSelected(selection, issue.id)) continue;
    write(issueJsonFile(issue.id), issueJson(archive, issue, site));
    for (const page of issue.pages) {
      const to = join(out, pageSourceFile(issue.id, page.key));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(sources, page.source), to);
      written += 1;
    }
  }
  // One pass in export order: each article's record is made once, for its article.json and its export line.
  const exportPath = join(out, ARCHIVE_EXPORT_FILE);
  mkdirSync(dirname(exportPath), { recursive: true });
  const partial = `${exportPath}.${process.pid}.tmp`;
  const fd = openSync(partial, 'w');
  const listed = new Set<string>();
  const old = fresh && reuseExport ? new ExportGroups(reuseExport) : undefined;
  let copied = 0;
  try {
    let chunk = '';
    const flush = (force = false) => {
      if (force || chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    };
    const record = async (a: Article) => {
      const r = articleRecord(a, body(a), site);
      listed.add(a.id);
      if (articleSelected(selection, a.id)) write(articleJsonFile(a.id), articleRecordJson(r));
      return r;
    };
    for (const issue of archive.issues) {
      if (old && !fresh!.has(issue.id)) {
        const group = await old.find(issue.id);
        if (group === undefined) throw new MissingExportGroup(issue.id);
        chunk += group;
        copied += 1;
      } else {
        for await (const line of issueExportLines(archive, issue, record, site)) chunk += `${line}\n`;
      }
      flush();
    }
    flush(true);
  } finally {
    closeSync(fd);
    old?.close();
  }
  // Articles on no page of their issue are not in the export but keep their page and data file.
  for (const a of archive.articles) if (!listed.has(a.id) && articleSelected(selection, a.id)) write(articleJsonFile(a.id), articleJson(a, body(a), site));
  renameSync(partial, exportPath);
  return { files: written + 1, copied };
}

async function main(): Promise<void> {
  const { values } = strictArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, content: { type: 'string' }, 'reuse-export': { type: 'boolean' } } }, 'Usage: tsx scripts/build/data-files.ts [--out dist] [--content content] [--reuse-export]');
  const out = resolve(values.out ?? 'dist');
  const content = resolve(values.content ?? process.env.JIUWEN_CONTENT ?? 'content');
  const started = performance.now();
  const reuse = values['reuse-export'] ? join(out, ARCHIVE_EXPORT_FILE) : undefined;
  const n = await writeData({ content, out, selection: selectionFromEnv(), reuseExport: reuse });
  const note = reuse ? ` (export: ${n.copied} issue(s) copied from the last build's)` : '';
  console.log(`[data] ${n.files} data files in ${((performance.now() - started) / 1000).toFixed(1)} s${note}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(`[data] ${error instanceof ContentFileError ? error.message : error.stack ?? error.message}`);
    process.exitCode = 1;
  });
}
