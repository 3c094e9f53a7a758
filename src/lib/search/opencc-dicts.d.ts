// opencc-js ships its dictionaries as ES modules (`export default "k v|k v|…"`)
// without type declarations for the per-dictionary entry points.
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}
