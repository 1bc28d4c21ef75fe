import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { openPortalDatabase } from './db/database.ts';

const config = configFromEnv();
const { db } = await openPortalDatabase(config.databasePath);
const app = await buildApp({
  db,
  logger: { level: config.logLevel },
  secureCookies: config.secureCookies,
});
await app.listen({ port: config.port, host: config.host });
