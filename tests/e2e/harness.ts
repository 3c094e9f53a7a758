/** Browser-test harness: a tiny static server for a built site and headless Chromium. */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.jsonl': 'application/x-ndjson', '.svg': 'image/svg+xml',
  '.bib': 'application/x-bibtex; charset=utf-8', '.ris': 'application/x-research-info-systems; charset=utf-8',
};

/** Serves `dist` under `base` like a static host: dir → index.html, /dir → /dir/, missing → 404.html with status 404. */
export async function serve(dist: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    let p = decodeURIComponent(u.pathname);
    const send = (file: string, status = 200) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => send(join(dist, '404.html'), 404);
    if (!p.startsWith(base)) return notFound();
    const f = normalize(join(dist, p.slice(base.length)));
    if (!f.startsWith(dist)) return notFound();
    if (existsSync(f) && statSync(f).isFile()) return send(f);
    if (existsSync(join(f, 'index.html'))) {
      if (!p.endsWith('/')) {
        res.writeHead(301, { Location: `${p}/${u.search}` });
        return res.end();
      }
      return send(join(f, 'index.html'));
    }
    notFound();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 740 };
