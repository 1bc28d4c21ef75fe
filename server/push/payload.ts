import type { PushPayload } from '../../src/api/push.ts';

/** Push services promise to carry about 4 KB; encryption takes its share. */
export const maxPayloadBytes = 3 * 1024;

/**
 * The payload as JSON within `maxPayloadBytes`: a body too long (a long
 * announcement) is cut at a character boundary and ends with an ellipsis;
 * the whole text stays in the notification list the link opens.
 */
export function payloadJson(payload: PushPayload): string {
  let json = JSON.stringify(payload);
  if (Buffer.byteLength(json) <= maxPayloadBytes) return json;

  const characters = [...new Intl.Segmenter().segment(payload.body)].map((s) => s.segment);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const body = characters.slice(0, middle).join('') + '…';
    if (Buffer.byteLength(JSON.stringify({ ...payload, body })) <= maxPayloadBytes) low = middle;
    else high = middle - 1;
  }
  json = JSON.stringify({ ...payload, body: characters.slice(0, low).join('') + '…' });
  return json;
}
