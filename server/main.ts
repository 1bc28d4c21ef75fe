import { existsSync } from 'node:fs';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { openPortalDatabase } from './db/database.ts';
import { scheduleJobs } from './jobs/run.ts';
import { createMailer } from './mail/mailer.ts';
import { startupMessage } from './demo/announce.ts';
import { ensureDemoDistrict, workingDemoSignIns } from './demo/district.ts';
import {
  ensureSecondDemoDistrict,
  secondDemoDistrict,
  workingSecondDemoSignIn,
} from './demo/second-district.ts';

const config = configFromEnv();
const { db } = await openPortalDatabase(config.databasePath);
// A database without any district gets the fictional demo district.
const demoSignIns =
  (await ensureDemoDistrict(db, { log: (line) => console.log(line) })) ??
  (await workingDemoSignIns(db));
// Beside the demo district, a second one: a parent with accounts in two districts.
const secondSignIn =
  (await ensureSecondDemoDistrict(db, { log: (line) => console.log(line) })) ??
  (await workingSecondDemoSignIn(db));
const app = await buildApp({
  db,
  logger: { level: config.logLevel },
  secureCookies: config.secureCookies,
  // `npm start` builds the app into dist/ first; without it the server is API only.
  webRoot: existsSync('dist/index.html') ? 'dist' : undefined,
  mailer: createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outbox: config.mailOutbox,
  }),
});
await app.listen({ port: config.port, host: config.host });
scheduleJobs(db, { log: (line) => app.log.info(line, 'job'), mailer: app.mailer });
console.log(
  startupMessage(
    app.server.address(),
    demoSignIns,
    secondSignIn && { district: secondDemoDistrict.name, signIn: secondSignIn },
  ),
);
