/** `--name value` from a script's arguments: the word after `--name`, or undefined when the flag is absent. */
export function cliOption(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
