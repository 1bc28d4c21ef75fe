import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SignInLimiter } from '../../server/accounts/sign-in-limiter.ts';

test('5 failures lock a username, 20 lock an address', async () => {
  const limiter = new SignInLimiter();
  for (let i = 0; i < 4; i++) await limiter.failed('1:lucia', '10.0.0.1');
  assert.equal(await limiter.retryAfter('1:lucia', '10.0.0.1'), 0);
  await limiter.failed('1:lucia', '10.0.0.1');
  assert.ok((await limiter.retryAfter('1:lucia', '10.0.0.9')) > 0, 'from any address');

  for (let i = 0; i < 15; i++) await limiter.failed(`1:user${i}`, '10.0.0.1');
  const wait = await limiter.retryAfter('1:someone-else', '10.0.0.1');
  assert.ok(wait > 0 && wait <= 15 * 60, `wait ${wait}`);
  assert.equal(await limiter.retryAfter('1:someone-else', '10.0.0.2'), 0);
});

test('a success clears the username\'s count', async () => {
  const limiter = new SignInLimiter();
  for (let i = 0; i < 4; i++) await limiter.failed('1:lucia', '10.0.0.1');
  await limiter.succeeded('1:lucia');
  await limiter.failed('1:lucia', '10.0.0.1');
  assert.equal(await limiter.retryAfter('1:lucia', '10.0.0.1'), 0);
});
