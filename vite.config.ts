import { defineConfig } from 'vite';

/**
 * The app's build. The service worker is built afterwards by sw/build.ts
 * (workbox-build injectManifest), which reads what this build wrote.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Lit, i18next and Dexie's share of the first load stays visible in the report.
    reportCompressedSize: true,
  },
  worker: {
    format: 'es',
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 18100),
    strictPort: true,
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORTAL_PORT ?? 8080}`,
    },
  },
  preview: {
    port: 18101,
  },
});
