import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { KioskLeaveRequest, KioskStartRequest, KioskStatus } from '../../../src/api/kiosk.ts';
import { SignInLimiter } from '../../accounts/sign-in-limiter.ts';
import { endDeviceSessions } from '../../http/device-sessions.ts';
import { ApiProblem } from '../../http/errors.ts';
import { districtAsked } from '../../http/request-district.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import {
  kioskCodeMatches,
  kioskOf,
  kioskStatus,
  leaveKiosk,
  startKiosk,
} from '../../kiosk/devices.ts';

/**
 * Kiosk mode: staff make a device a kiosk with the district's staff code,
 * and turn it off again with it. See src/api/kiosk.ts.
 */
export const kioskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Wrong codes count like failed sign-ins: 5 per district and address, 20 per address.
  const limiter = new SignInLimiter();

  async function checkCode(districtId: number, code: string, address: string) {
    const key = `kiosk:${districtId}:${address}`;
    const wait = await limiter.attempt(key, address);
    if (wait > 0) {
      const problem = new ApiProblem(
        429,
        'too_many_attempts',
        `Too many wrong codes. Please wait ${Math.ceil(wait / 60)} minutes.`,
      );
      problem.headers['retry-after'] = String(wait);
      throw problem;
    }
    const matches = await kioskCodeMatches(app.db, districtId, code);
    if (matches === null) {
      throw new ApiProblem(
        409,
        'kiosk_not_set_up',
        'This district has no kiosk code yet: district IT makes one with ' +
          '"npm run admin -- kiosk-code".',
      );
    }
    if (!matches) {
      throw new ApiProblem(403, 'kiosk_code_wrong', 'This kiosk code is not right.', '/code');
    }
    await limiter.succeeded(key, address);
  }

  app.get(
    '/kiosk',
    { schema: { querystring: NoQuery, response: { 200: KioskStatus, ...refusals(400) } } },
    async (request) => kioskStatus(await kioskOf(request)),
  );

  app.post(
    '/kiosk',
    {
      schema: {
        body: KioskStartRequest,
        response: { 200: KioskStatus, ...refusals(400, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const district = await districtAsked(request, request.body.district);
      await checkCode(district.id, request.body.code, request.ip);

      const before = await kioskOf(request);
      if (before) await leaveKiosk(reply, before);
      // Whoever was signed in on the device before it became a kiosk is not kept.
      await endDeviceSessions(request, reply);
      await startKiosk(reply, district.id, app.now());
      return kioskStatus({
        idHash: '',
        districtId: district.id,
        slug: district.slug,
        name: district.name,
        idleSeconds: district.kioskIdleSeconds,
      });
    },
  );

  app.post(
    '/kiosk/leave',
    {
      schema: {
        body: KioskLeaveRequest,
        response: { 200: KioskStatus, ...refusals(400, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const kiosk = await kioskOf(request);
      if (!kiosk) return kioskStatus(null);
      await checkCode(kiosk.districtId, request.body.code, request.ip);
      await leaveKiosk(reply, kiosk);
      await endDeviceSessions(request, reply);
      return kioskStatus(null);
    },
  );
};
