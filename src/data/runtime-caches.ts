/**
 * Cache Storage that holds a family's data (report card PDFs, documents
 * opened once) goes at sign-out. The app shell's precache stays: it holds
 * only the app's own code and texts, and the next person needs it.
 */
export async function clearRuntimeCaches(): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const names = await caches.keys();
  const family = names.filter((name) => !isShellPrecache(name));
  await Promise.all(family.map((name) => caches.delete(name)));
  return family.length;
}

/** Workbox names its precache `workbox-precache-v2-<scope>`. */
export function isShellPrecache(name: string): boolean {
  return name.startsWith('workbox-precache');
}
