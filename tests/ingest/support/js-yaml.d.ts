// js-yaml (the YAML reader Astro uses for front matter) ships no types; the tests only need load().
declare module 'js-yaml' {
  export function load(input: string): unknown;
  const yaml: { load: typeof load };
  export default yaml;
}
