import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxPayloadBytes, payloadJson } from '../../server/push/payload.ts';

const base = { id: 7, title: 'Announcement', link: '/notifications' };

test('a short payload is sent as it is', () => {
  const payload = { ...base, body: 'No school Friday.' };
  assert.equal(payloadJson(payload), JSON.stringify(payload));
});

test('a long body is cut to fit 3 KB, at a character, with an ellipsis', () => {
  const body = '學校通知 👩🏽‍🏫 '.repeat(400);
  const json = payloadJson({ ...base, body });
  const sent = JSON.parse(json);

  assert.ok(Buffer.byteLength(json) <= maxPayloadBytes);
  assert.ok(Buffer.byteLength(json) > maxPayloadBytes - 64, 'keeps as much as fits');
  assert.ok(sent.body.endsWith('…'));
  assert.ok(body.startsWith(sent.body.slice(0, -1)));
  assert.ok(!sent.body.includes('\uFFFD'));
  assert.deepEqual({ ...sent, body: '' }, { ...base, body: '' });
});
