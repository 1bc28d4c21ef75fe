import { spawn } from 'node:child_process';
import { createServer } from 'vite';

/**
 * Development: the portal server (API) and Vite's dev server side by side.
 * Vite proxies /api to the server, so the page and its API share an origin
 * as in production. PORTAL_PORT (default 8080) and VITE_PORT (default
 * 18100) choose the ports.
 */
const portalPort = process.env.PORTAL_PORT ?? '8080';

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  stdio: 'inherit',
  // Plain HTTP in development: a Secure cookie would never come back.
  env: { ...process.env, PORT: portalPort, SECURE_COOKIES: 'false' },
});

const vite = await createServer({ server: { host: '127.0.0.1' } });
await vite.listen();
vite.printUrls();

const stop = async () => {
  server.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
server.on('exit', (code) => {
  console.error(`portal server stopped (${code ?? 'signal'})`);
  void vite.close().then(() => process.exit(code ?? 1));
});
