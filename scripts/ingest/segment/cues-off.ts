/**
 * Cues switched off, by id: how `npm run eval:papers -- --ablate-cues` measures what each hand-written cue is worth on
 * each paper (issue 12: a cue that does not improve the held-out papers is deleted). Empty in every ingest; only the
 * evaluation script fills it, one cue at a time, and empties it again.
 *
 * The ids are the block cues' and neighbour cues' ids (classify-blocks.ts), the headline-role cues' names
 * (assign-headline-parts.ts `KICKER_CUES`) and the stack rules' names as `--explain` prints them (group-articles.ts,
 * stack-rule-examples.ts).
 */
const off = new Set<string>();

/** Whether the cue `id` is in use (always, outside an ablation). */
export function cueOn(id: string): boolean {
  return off.size === 0 || !off.has(id);
}

/** Switches the given cues off (and every other one on); no ids: everything on again. */
export function setCuesOff(ids: Iterable<string> = []): void {
  off.clear();
  for (const id of ids) off.add(id);
}

/** Whether any cue is off (for the hot paths that pick their cue list once). */
export function anyCueOff(): boolean {
  return off.size > 0;
}
