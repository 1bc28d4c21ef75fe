import type { DirectoryDistrict, DistrictsResponse } from '../../api/districts.ts';
import { AppError } from '../../data/app-error.ts';
import { apiRequest } from '../../data/http.ts';

/** The directory's answer to a name and a state (either may be empty). */
export async function searchDistricts(
  query: { q: string; state: string },
  signal?: AbortSignal,
): Promise<DistrictsResponse> {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.state) params.set('state', query.state);
  const body = await apiRequest('GET', `/api/v1/districts?${params}`, { signal });
  if (!isDistrictsResponse(body)) {
    throw new AppError('server_error', 'The district directory answered something unexpected');
  }
  return body;
}

/** A district on another server opens there: only http(s) addresses become links. */
export function portalLink(district: DirectoryDistrict): string | undefined {
  if (district.hosted || !district.portalAddress) return undefined;
  try {
    const url = new URL(district.portalAddress);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.origin === location.origin) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

function isDistrictsResponse(body: unknown): body is DistrictsResponse {
  if (typeof body !== 'object' || body === null) return false;
  const { districts } = body as { districts?: unknown };
  return (
    Array.isArray(districts) &&
    districts.every(
      (d: unknown) =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as DirectoryDistrict).slug === 'string' &&
        typeof (d as DirectoryDistrict).name === 'string',
    )
  );
}
