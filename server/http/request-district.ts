import type { FastifyRequest } from 'fastify';
import { districtHeader, districtSlugPattern } from '../../src/api/districts.ts';
import type { HostedDistrict } from '../districts/directory.ts';
import { ApiProblem } from './errors.ts';

const slugPattern = new RegExp(districtSlugPattern);

/**
 * The district a request names with `X-District: <slug>`, or null when it
 * names none (the single-district way, as before slugs). A slug this
 * server does not hold is refused, never taken for the default.
 */
export async function districtOfRequest(
  request: FastifyRequest,
): Promise<HostedDistrict | null> {
  const header = request.headers[districtHeader];
  if (header === undefined) return null;
  return districtBySlug(request, Array.isArray(header) ? header.join(',') : header);
}

/** The hosted district of a slug given in a header or a body. */
export async function districtBySlug(
  request: FastifyRequest,
  slug: string,
): Promise<HostedDistrict> {
  const found =
    slug.length <= 40 && slugPattern.test(slug)
      ? await request.server.districts.bySlug(slug)
      : null;
  if (found === 'elsewhere') {
    throw new ApiProblem(
      400,
      'district_not_hosted',
      'This district has its portal on another server: open it there.',
    );
  }
  if (!found) {
    throw new ApiProblem(400, 'district_unknown', 'This server holds no such district.');
  }
  return found;
}

/**
 * The district of a public request (password reset, kiosk): the slug in
 * its body, else X-District, else the server's default district.
 */
export async function districtAsked(
  request: FastifyRequest,
  bodySlug: string | undefined,
): Promise<HostedDistrict> {
  const named = bodySlug
    ? await districtBySlug(request, bodySlug)
    : await districtOfRequest(request);
  if (named) return named;
  const fallback = await request.server.districts.defaultDistrict();
  if (!fallback) {
    throw new ApiProblem(
      400,
      'district_unknown',
      'This server holds several districts: say which one.',
      '/district',
    );
  }
  return fallback;
}
