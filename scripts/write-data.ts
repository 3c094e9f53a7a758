/**
 * Writes the site's data files straight from the content, beside the Astro
 * build (scripts/build-site.ts runs it; Astro's own routes for them then
 * produce nothing):
 *   <issue>/issue.json, <issue>/<page>/source.txt, <article>/article.json
 *   export/archive.jsonl     the whole archive, always (it is about the whole archive)
 * The contents come from src/lib/data-files.ts, the functions Astro's routes
 * use, so the files are byte for byte what `astro build` alone writes.
 *
 *   tsx scripts/write-data.ts --out dist [--content content]
 *
 * Honours the partial-build selection (JIUWEN_SHARDS / JIUWEN_ISSUES,
 * src/lib/shards.ts) like the Astro build; JIUWEN_SITE / JIUWEN_BASE like
 * astro.config.mjs. A bad content file is an error naming it; nothing is
 * half-written: the export is written to a temporary file and renamed.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSchema, issueSchema, type Article, type Issue } from '../src/content/schema.ts';
import { splitArticleFile } from '../src/content/article-file.ts';
import { buildArchive, type Archive } from '../src/lib/archive.ts';
import {
  ARCHIVE_EXPORT_FILE,
  archiveExportLines,
  articleJson,
  articleJsonFile,
  articleRecordJson,
  issueJson,
  issueJsonFile,
  pageSourceFile,
} from '../src/lib/data-files.ts';
import { articleRecord } from '../src/lib/records.ts';
import { articleSelected, issueSelected, selectionFromEnv, type Selection } from '../src/lib/shards.ts';
import { siteOrigin } from '../src/lib/site-settings.ts';

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
export function loadContent(content: string): { archive: Archive; articleFile: Map<string, string> } {
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
  for (const file of files(join(content, 'articles'), '.mdx').sort()) {
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
}

/** Writes the data files; returns how many. */
export async function writeData({ content, out, selection = {}, site = siteOrigin() }: WriteDataOptions): Promise<number> {
  const { archive, articleFile } = loadContent(content);
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
      copyFileSync(join(content, 'sources', page.source), to);
      written += 1;
    }
  }
  // One pass in export order: each article's record is made once, for its article.json and its export line.
  const exportPath = join(out, ARCHIVE_EXPORT_FILE);
  mkdirSync(dirname(exportPath), { recursive: true });
  const partial = `${exportPath}.${process.pid}.tmp`;
  const fd = openSync(partial, 'w');
  const listed = new Set<string>();
  try {
    let chunk = '';
    const record = async (a: Article) => {
      const r = articleRecord(a, body(a), site);
      listed.add(a.id);
      if (articleSelected(selection, a.id)) write(articleJsonFile(a.id), articleRecordJson(r));
      return r;
    };
    for await (const line of archiveExportLines(archive, record, site)) {
      chunk += `${line}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  // Articles on no page of their issue are not in the export but keep their page and data file.
  for (const a of archive.articles) if (!listed.has(a.id) && articleSelected(selection, a.id)) write(articleJsonFile(a.id), articleJson(a, body(a), site));
  renameSync(partial, exportPath);
  return written + 1;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = resolve(opt('out') ?? 'dist');
  const content = resolve(opt('content') ?? process.env.JIUWEN_CONTENT ?? 'content');
  const started = performance.now();
  const n = await writeData({ content, out, selection: selectionFromEnv() });
  console.log(`[data] ${n} data files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(`[data] ${error instanceof ContentFileError ? error.message : error.stack ?? error.message}`);
    process.exitCode = 1;
  });
}
