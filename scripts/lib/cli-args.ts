/**
 * A command line's options, read with node:util parseArgs strictly: an unknown option, a missing value or a stray
 * argument is a usage error — named on stderr with the command's usage, exit code 2, no stack trace — instead of
 * being ignored.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function strictArgs<C extends Omit<ParseArgsConfig, 'strict'>>(config: C, usage: string): ReturnType<typeof parseArgs<C & { strict: true }>> {
  try {
    return parseArgs({ ...config, strict: true } as C & { strict: true });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${usage}\n`);
    process.exit(2);
  }
}
