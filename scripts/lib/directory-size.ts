import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Number of files and total bytes under a folder (for index-size reports). */
export async function directorySize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      files += 1;
      bytes += (await stat(join(entry.parentPath, entry.name))).size;
    }
  }
  return { files, bytes };
}
