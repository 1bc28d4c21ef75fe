import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SignInLimiter } from '../../server/accounts/sign-in-limiter.ts';

test('5 attempts per username, then a wait, from any address', async () => {
  const limiter = new SignInLimiter();
  for (let i = 0; i < 5; i++) {
    assert.equal(await limiter.attempt('1:lucia', `10.0.0.${i}`), 0);
  }
  const wait = await limiter.attempt('1:lucia', '10.0.0.9');
  assert.ok(wait > 0 && wait <= 15 * 60, `wait ${wait}`);
});

test('20 failed attempts per address, whatever the usernames', async () => {
  const limiter = new SignInLimiter();
  for (let i = 0; i < 20; i++) {
    assert.equal(await limiter.attempt(`1:user${i}`, '10.0.0.1'), 0);
  }
  assert.ok((await limiter.attempt('1:someone-else', '10.0.0.1')) > 0);
  assert.equal(await limiter.attempt('1:someone-else', '10.0.0.2'), 0);
});

test('successes do not use up the address or the username', async () => {
  const limiter = new SignInLimiter();
  for (let i = 0; i < 30; i++) {
    assert.equal(await limiter.attempt(`1:family${i % 3}`, '10.0.0.1'), 0);
    await limiter.succeeded(`1:family${i % 3}`, '10.0.0.1');
  }
});
