/**
 * `npm run preview`: serves the built site (dist/) like a static host does —
 * a folder is its index.html, a folder URL without its trailing slash is
 * redirected to it (`/jintan-shibao` → `/jintan-shibao/`), anything else is
 * the site's 404 page with status 404. Under JIUWEN_BASE when set.
 *
 *   tsx scripts/preview.ts [--out dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strictArgs } from './lib/cli-args.ts';
import { normaliseBase, siteBase } from '../src/lib/site-settings.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.jsonl': 'application/x-ndjson', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.png': 'image/png', '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

/** Where a request goes: a file to send (with status), or a redirect. */
export function route(dist: string, base: string, url: string): { file: string; status: number } | { location: string } {
  const u = new URL(url, 'http://x');
  let p: string;
  try {
    p = decodeURIComponent(u.pathname);
  } catch {
    return { file: join(dist, '404.html'), status: 404 };
  }
  const notFound = { file: join(dist, '404.html'), status: 404 };
  if (`${p}/` === base) return { location: `${base}${u.search}` };
  if (!p.startsWith(base)) return notFound;
  const f = normalize(join(dist, p.slice(base.length)));
  if (f !== dist && !f.startsWith(dist + sep)) return notFound;
  if (existsSync(f) && statSync(f).isFile()) return { file: f, status: 200 };
  if (existsSync(join(f, 'index.html'))) return p.endsWith('/') ? { file: join(f, 'index.html'), status: 200 } : { location: `${p}/${u.search}` };
  return notFound;
}

export function previewServer(dist: string, base: string): Server {
  return createServer((req, res) => {
    const r = route(dist, base, req.url ?? '/');
    if ('location' in r) {
      res.writeHead(301, { Location: r.location });
      return res.end();
    }
    res.writeHead(r.status, { 'Content-Type': TYPES[extname(r.file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD' || !existsSync(r.file)) return res.end();
    createReadStream(r.file).pipe(res);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = strictArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } }, 'Usage: npm run preview -- [--out dist] [--port 4321] [--host localhost]');
  const dist = resolve(values.out ?? 'dist');
  const port = Number(values.port ?? 4321);
  const host = values.host ?? 'localhost';
  const base = normaliseBase(siteBase());
  previewServer(dist, base).listen(port, host, () => console.log(`preview: ${dist} at http://${host}:${port}${base}`));
}
