/** Headless Chromium for the search tests, and a network meter for it. */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface NetworkLog {
  requests: { url: string; bytes: number }[];
  reset(): void;
  totalBytes(): number;
  /** Stops recording (each request recorded costs the page's browser three round trips to Playwright). */
  stop(): void;
}

/**
 * Records every request the page and its workers make, with the bytes
 * transferred (response headers + encoded body; Content-Length when the
 * browser reports no body size).
 */
export async function meterNetwork(page: Page): Promise<NetworkLog> {
  const log: NetworkLog = {
    requests: [],
    reset() {
      this.requests = [];
    },
    totalBytes() {
      return this.requests.reduce((n, r) => n + r.bytes, 0);
    },
    stop() {},
  };
  const listener = async (request: Request) => {
    const entry = { url: request.url(), bytes: 0 };
    log.requests.push(entry);
    const sizes = await request.sizes().catch(() => null);
    const response = await request.response().catch(() => null);
    const length = Number((await response?.allHeaders().catch(() => ({}) as Record<string, string>))?.['content-length'] ?? 0);
    entry.bytes = (sizes?.responseHeadersSize ?? 0) + Math.max(sizes?.responseBodySize ?? 0, length);
  };
  page.on('requestfinished', listener);
  log.stop = () => void page.off('requestfinished', listener);
  return log;
}
