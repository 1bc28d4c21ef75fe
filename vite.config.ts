import { defineConfig, type Plugin } from 'vite';

/**
 * Today is where a guardian lands: index.html names its page chunk and the
 * chunks that chunk imports (modulepreload), so they download and compile
 * beside the entry instead of after it has run. Other pages load as before.
 */
function preloadHomePage(page = '/src/pages/today/today-page.ts'): Plugin {
  return {
    name: 'portal-preload-home-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = new Map(
          Object.values(bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
        );
        const home = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(page));
        if (!home) throw new Error(`No chunk for ${page}`);
        const files = new Set<string>();
        const add = (fileName: string) => {
          const chunk = chunks.get(fileName);
          // The entry is index.html's own script already.
          if (!chunk || chunk.isEntry || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(add);
        };
        add(home.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The app's build. The service worker is built afterwards by sw/build.ts
 * (workbox-build injectManifest), which reads what this build wrote.
 */
export default defineConfig({
  plugins: [preloadHomePage()],
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
