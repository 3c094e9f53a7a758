import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/load-archive';
import { formatDateZh } from '../lib/dates';
import { issuePath } from '../lib/urls';

/** MM-DD → issues known to that day, for the home page's "on this day" strip. */
export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const out: Record<string, { label: string; href: string; year: number }[]> = {};
  for (const i of [...archive.issues].reverse()) {
    if (i.date.precision !== 'day') continue;
    const md = i.date.value!.slice(5);
    (out[md] ??= []).push({ label: `${i.publication.name} · ${formatDateZh(i.date)}`, href: issuePath(i.id), year: Number(i.date.value!.slice(0, 4)) });
  }
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
