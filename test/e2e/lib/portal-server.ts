import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtAppExists, distDir, repoRoot } from './paths.ts';

/** The port range these tests and the app benchmark may use. */
const firstPort = 18300;
const lastPort = 18399;

export interface PortalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The SQLite file the server uses. */
  dbPath: string;
  /** The copy of dist/ the server serves. */
  webRoot: string;
  /** What the server printed (start-up lines and warnings), for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** An existing database file (an import); otherwise a fresh one gets the demo district. */
  dbPath?: string;
  /** Another port range (first, last) for tests that run beside these. */
  ports?: readonly [number, number];
  /** Another built app than dist/ (the benchmark measures a build of its own). */
  builtApp?: string;
}

/**
 * Starts the real server (`server/main.ts`, as `npm start` does after its
 * build) in a child process on a free loopback port, serving dist/. A fresh
 * temporary database gets the demo district on first start.
 */
export async function startPortal(options: StartOptions = {}): Promise<PortalServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-e2e-'));
  const dbPath = options.dbPath ?? path.join(dir, 'portal.db');
  const webDir = path.join(dir, 'web');
  await snapshotBuiltApp(path.join(webDir, 'dist'), options.builtApp ?? distDir);
  // Two runners may pick the same free port at once: try again on a clash.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort(options.ports);
    const started = await spawnServer(port, dbPath, webDir);
    if (started.ok) {
      const { child, output } = started;
      return {
        origin: `http://127.0.0.1:${port}`,
        dbPath,
        webRoot: path.join(webDir, 'dist'),
        output,
        stop: async () => {
          await stopChild(child);
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    if (!started.portTaken) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`The portal server did not start:\n${started.output}`);
    }
  }
  throw new Error(`No free port in ${options.ports?.join('-') ?? `${firstPort}-${lastPort}`}`);
}

type Spawned =
  | { ok: true; child: ChildProcess; output: () => string }
  | { ok: false; portTaken: boolean; output: string };

function spawnServer(port: number, dbPath: string, cwd: string): Promise<Spawned> {
  const main = path.join(repoRoot, 'server/main.ts');
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_DB: dbPath,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, portTaken: false, output: `${output}\n(no start-up line in 60 s)` });
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Parent portal: http/.test(output)) {
        clearTimeout(timer);
        resolve({ ok: true, child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: false, portTaken: /EADDRINUSE/.test(output), output: `${output}\n(exit ${code})` });
    });
  });
}

/**
 * The server serves `dist` of its working directory: a copy of the build,
 * so a rebuild elsewhere in the checkout cannot change the app under a
 * running test. A copy taken while a build is writing dist/ (every file
 * index.html names must be there) is taken again once the build is done.
 */
async function snapshotBuiltApp(target: string, source: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const missing = builtAppExists(source)
      ? await copyBuiltApp(source, target)
      : ['index.html', 'sw.js'];
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `dist/ holds no complete build (missing ${missing.join(', ')}): ` +
          'run `npm run build` first (npm run test:e2e does)',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** Copies dist/ and says which files the copy lacks. */
async function copyBuiltApp(source: string, target: string): Promise<string[]> {
  await rm(target, { recursive: true, force: true });
  try {
    await cp(source, target, { recursive: true });
    const index = await readFile(path.join(target, 'index.html'), 'utf8');
    const named = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    return [...named, 'sw.js'].filter((file) => !existsSync(path.join(target, file)));
  } catch (error) {
    return [String(error)];
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** A port in the range that nothing listens on now, starting at a random place. */
export async function freePort(
  [first, last]: readonly [number, number] = [firstPort, lastPort],
): Promise<number> {
  const size = last - first + 1;
  const start = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i += 1) {
    const port = first + ((start + i) % size);
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port in ${first}-${last}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}
