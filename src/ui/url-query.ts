/**
 * A page's own state in the address (a filter, the chosen day), so a reload
 * or a shared link shows the same. Pages re-render themselves after a write;
 * back and forward reach them through the router as a new context.
 */
export function queryParam(name: string): string | null {
  return new URL(window.location.href).searchParams.get(name);
}

export function setQueryParams(
  changes: Record<string, string | null>,
  options: { push?: boolean } = {},
): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === '') url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  if (url.href === window.location.href) return;
  if (options.push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
