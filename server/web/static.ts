import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface WebAppOptions {
  /** The built app (vite build + service worker), usually `dist`. */
  root: string;
}

/** Hashed by Vite: the name changes with the content, so it may be cached for a year. */
const hashedAsset = /^\/?assets\//;
/** Must be checked on every load, or a new version would never be found. */
const alwaysRevalidate = new Set(['index.html', 'sw.js', 'manifest.webmanifest']);

function cacheHeaders(reply: FastifyReply, filePath: string, root: string): void {
  // A pre-compressed twin (index.html.br) is cached like its original.
  const relative = path
    .relative(root, filePath)
    .split(path.sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  if (hashedAsset.test(relative)) {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
  } else if (alwaysRevalidate.has(relative)) {
    reply.header('cache-control', 'no-cache');
  } else {
    // Icons and other unhashed files: short, then revalidated by ETag.
    reply.header('cache-control', 'public, max-age=3600, must-revalidate');
  }
}

/**
 * Serves the built web app on the API's origin and port. Any GET that is
 * not an API call and not a file answers index.html, so deep links such as
 * /students/12/today work after a reload; a missing file (a stale chunk) is
 * a plain 404 rather than HTML under a script's name.
 */
export async function webApp(app: FastifyInstance, options: WebAppOptions): Promise<void> {
  const root = path.resolve(options.root);

  await app.register(fastifyStatic, {
    root,
    // Routes per file, found at start: the unknown paths fall to the SPA route below.
    wildcard: false,
    // scripts/compress-dist.ts wrote .br and .gz twins at build time.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply, filePath) => cacheHeaders(reply, filePath, root),
  });

  app.get('/*', async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
    if (pathname.startsWith('/api/') || lastSegment.includes('.')) {
      return reply.callNotFound();
    }
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root, { cacheControl: false });
  });
}
