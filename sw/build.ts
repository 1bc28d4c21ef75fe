import { build } from 'vite';
import { injectManifest } from 'workbox-build';

/**
 * Builds the service worker after `vite build`: bundles sw/sw.ts into one
 * classic script (service workers must not depend on the app's chunks),
 * then lets Workbox write the precache list of dist/ into it. An argument
 * names another output folder (the e2e test builds into its own).
 */
const outDir = process.argv[2] ?? 'dist';

await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: 'sw/sw.ts',
      formats: ['iife'],
      name: 'portalServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});

const { count, size, warnings } = await injectManifest({
  swSrc: `${outDir}/sw.js`,
  swDest: `${outDir}/sw.js`,
  globDirectory: outDir,
  globPatterns: ['index.html', 'assets/**/*.{js,css}', 'icons/*.{png,svg}', 'manifest.webmanifest'],
  // Vite's hashed file names already change with their content.
  dontCacheBustURLsMatching: /^assets\//,
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});

for (const warning of warnings) console.warn(warning);
console.log(`service worker: ${count} files precached (${Math.round(size / 1024)} KB)`);
