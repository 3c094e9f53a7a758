/** `/` focuses the search box (the search page's own box when there is one). */
export function installSlashShortcut(): void {
  if ((window as { __jiuwenSlash?: boolean }).__jiuwenSlash) return;
  (window as { __jiuwenSlash?: boolean }).__jiuwenSlash = true;
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const box =
      document.querySelector<HTMLInputElement>('[data-search-primary]') ??
      document.querySelector<HTMLInputElement>('[data-search-box]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
