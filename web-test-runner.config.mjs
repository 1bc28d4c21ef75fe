import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { importMapsPlugin } from '@web/dev-server-import-maps';
import { chromeLauncher } from '@web/test-runner-chrome';

/**
 * Browser tests of the app (test/app) in Debian's Chromium. CHROME_PATH
 * points elsewhere on a machine with its own Chrome.
 */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/app/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.app.json' }),
    // Dexie's default entry is a CommonJS wrapper the test server does not convert.
    importMapsPlugin({
      inject: { importMap: { imports: { dexie: '/node_modules/dexie/dist/dexie.mjs' } } },
    }),
    {
      // MSW's worker must sit at the root to control the test pages; the
      // app's own service worker is never registered in these tests.
      name: 'msw-worker',
      serve(context) {
        if (context.path === '/mockServiceWorker.js') {
          return {
            body: readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8'),
            type: 'js',
          };
        }
        return undefined;
      },
    },
  ],
  // Generous: a busy CI machine starts Chromium and MSW slowly.
  testFramework: { config: { timeout: 20000 } },
};
