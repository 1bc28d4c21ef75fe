import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { recordFoodEntry } from '../../server/money/food-purchase.ts';
import { buildTestWorld, closeTestWorld, getAs, signedInAs, type TestWorld } from './helpers/app.ts';
import { moneyFixture } from './helpers/money.ts';

interface Line {
  id: number;
  description: string;
  amountCents: number;
  balanceAfterCents: number;
  at: string;
}

describe('food service transactions', () => {
  let world: TestWorld;
  let money: Awaited<ReturnType<typeof moneyFixture>>;
  let cookie: string;

  beforeEach(async () => {
    world = await buildTestWorld();
    money = await moneyFixture(world);
    cookie = await signedInAs(world, 'a');
  });
  afterEach(() => closeTestWorld(world));

  test('the balance after each line runs in the order shown, though recorded out of time order', async () => {
    // Ana's account opens with $20.00 (the fixture). Lunch is recorded
    // before the breakfast of the same morning, then a deposit at the
    // breakfast's very instant (recorded last: the id breaks the tie).
    const purchase = (description: string, amountCents: number, at: string, kind?: 'food_deposit') =>
      recordFoodEntry(
        world.db,
        { studentId: world.fixture.students.ana, amountCents, description, at: new Date(at), kind },
        { push: false },
      );
    await purchase('Lunch', 325, '2025-12-03T17:45:00.000Z');
    await purchase('Breakfast', 175, '2025-12-03T13:50:00.000Z');
    await purchase('Deposit at the office', 1000, '2025-12-03T13:50:00.000Z', 'food_deposit');

    const response = await getAs(
      world.app,
      cookie,
      `/api/v1/food-service-accounts/${money.food.ana}/transactions`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const lines: Line[] = response.json().transactions;
    assert.deepEqual(
      lines.map((line) => [line.description, line.balanceAfterCents]),
      [
        ['Lunch', 2000 - 175 + 1000 - 325],
        ['Deposit at the office', 2000 - 175 + 1000],
        ['Breakfast', 2000 - 175],
        ['Opening balance', 2000],
      ],
    );
    // Each line's balance is the one below it plus its own amount.
    for (const [index, line] of lines.entries()) {
      const before = lines[index + 1]?.balanceAfterCents ?? 0;
      assert.equal(line.balanceAfterCents, before + line.amountCents, line.description);
    }

    const accounts = (await getAs(world.app, cookie, '/api/v1/food-service-accounts')).json();
    const ana = accounts.foodServiceAccounts.find((a: { id: number }) => a.id === money.food.ana);
    assert.equal(lines[0]?.balanceAfterCents, ana.balanceCents);
  });
});
