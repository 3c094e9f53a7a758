/** npm run preview serves like a static host: folder URLs without their slash are redirected, not 404 (issue 14, item 9). */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { route } from '../../scripts/preview';

const dist = mkdtempSync(join(tmpdir(), 'jiuwen-preview-'));
mkdirSync(join(dist, 'jintan-shibao', '2020-12'), { recursive: true });
writeFileSync(join(dist, 'index.html'), 'home');
writeFileSync(join(dist, '404.html'), 'nf');
writeFileSync(join(dist, 'jintan-shibao', '2020-12', 'index.html'), 'issue');

describe('preview routing', () => {
  it('redirects a folder URL without its trailing slash', () => {
    expect(route(dist, '/', '/jintan-shibao/2020-12')).toEqual({ location: '/jintan-shibao/2020-12/' });
    expect(route(dist, '/', '/jintan-shibao/2020-12?q=1')).toEqual({ location: '/jintan-shibao/2020-12/?q=1' });
    expect(route(dist, '/jiuwen/', '/jiuwen')).toEqual({ location: '/jiuwen/' });
  });
  it('serves folders, files and the 404 page', () => {
    expect(route(dist, '/', '/jintan-shibao/2020-12/')).toEqual({ file: join(dist, 'jintan-shibao', '2020-12', 'index.html'), status: 200 });
    expect(route(dist, '/', '/nothing')).toEqual({ file: join(dist, '404.html'), status: 404 });
    expect(route(dist, '/', '/../etc/passwd')).toMatchObject({ status: 404 });
  });
});
