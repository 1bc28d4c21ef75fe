import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { settle } from './lib/app-driver.ts';
import { axeProblems } from './lib/axe.ts';
import { launchChromium } from './lib/chromium.ts';
import { queryOne } from './lib/district-db.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * Money in the real browser against the real server and the demo district,
 * on a phone: a card added (its number goes only to the server), a fee
 * paid in full with the sandbox's test card, a lunch account topped up,
 * then a checkout made with the network cut: it says "not yet paid",
 * goes when the network returns, and the server's history has it once.
 */
const demoParent = demoSignIns[0];
const testCard = '4242424242424242';
let server: PortalServer;
let browser: Browser;
const axeFindings: string[] = [];

async function checkAxe(page: Page, where: string) {
  for (const problem of await axeProblems(page)) {
    axeFindings.push(`${where}: ${problem.rule} — ${problem.help} ${problem.targets.join(' ')}`);
  }
}

async function signIn(page: Page): Promise<number> {
  assert.ok(demoParent);
  await page.goto(`${server.origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(demoParent.username);
  await page.locator('sign-in-page #password').fill(demoParent.password);
  await page.locator('sign-in-page button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 20_000 });
  await settle(page);
  return Number(/\/students\/(\d+)\//.exec(page.url())?.[1]);
}

/** The payments the server lists for the signed-in guardian (its history). */
async function serverPayments(
  page: Page,
): Promise<{ id: number; status: string; amountCents: number }[]> {
  const answer = (await page.evaluate(async () => {
    const response = await fetch('/api/v1/payments', { headers: { accept: 'application/json' } });
    return response.json();
  })) as { payments: { id: number; status: string; amountCents: number }[] };
  return answer.payments;
}

/** Pays what is in the cart with the first payment method; waits for the receipt. */
async function payCart(page: Page): Promise<number> {
  await page.locator('cart-button a').click();
  await page.waitForURL(/\/cart$/);
  const cart = page.locator('cart-page');
  await cart.locator('#method option').first().waitFor({ state: 'attached' });
  await cart.locator('#email').fill('parent@example.org');
  await checkAxe(page, 'cart');
  await cart.locator('button.pay').click();
  await page.waitForURL(/\/payments\/\d+$/, { timeout: 30_000 });
  await page.locator('receipt-page h1', { hasText: /Receipt R-\d+/ }).waitFor();
  return Number(/\/payments\/(\d+)$/.exec(page.url())?.[1]);
}

async function depositLunch(page: Page, studentId: number, amount: string) {
  await page.goto(`${server.origin}/students/${studentId}/food-service`);
  const food = page.locator('food-service-page');
  await food.locator('[data-balance]').waitFor({ timeout: 20_000 });
  await food.locator('#amount').fill(amount);
  await food.locator('form button[type=submit]').click();
  await food.locator('[role=status]', { hasText: 'Added to the cart.' }).waitFor();
}

describe('money against the real server', { timeout: 240_000 }, () => {
  let context: BrowserContext;
  before(async () => {
    [server, browser] = await Promise.all([
      startPortal({ ports: [18700, 18799] }),
      launchChromium(),
    ]);
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('pays a fee, tops up lunch, and a checkout made offline is paid once', async () => {
    const page = await context.newPage();
    const studentId = await signIn(page);

    // A card: the number goes to the server's tokenizer, only its last four come back.
    await page.goto(`${server.origin}/payment-methods/new`);
    const form = page.locator('payment-method-form-page');
    await form.locator('#cardNumber').fill(testCard);
    await form.locator('#expiry').fill('12/30');
    await form.locator('#securityCode').fill('123');
    await form.locator('#nickname').fill('Test card');
    await checkAxe(page, 'add a payment method');
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/payment-methods$/);
    await page
      .locator('payment-methods-page [data-method-id]', {
        hasText: 'Test card · Visa ending in 4242',
      })
      .waitFor();
    const deviceText = await page.evaluate(async () => {
      const texts: string[] = [];
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          const rows = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
          });
          texts.push(JSON.stringify(rows));
        }
        db.close();
      }
      return texts.join('\n');
    });
    assert.ok(!deviceText.includes(testCard), 'the card number is nowhere on the device');
    assert.ok(deviceText.includes('4242'), 'the last four are');

    // A fee, paid in full.
    await page.goto(`${server.origin}/students/${studentId}/fees`);
    const fees = page.locator('fees-page');
    const firstUnpaid = fees
      .locator('[data-fee-id]')
      .filter({ has: page.locator('button.add') })
      .first();
    await firstUnpaid.waitFor({ timeout: 20_000 });
    const feeId = Number(await firstUnpaid.getAttribute('data-fee-id'));
    await checkAxe(page, 'fees');
    await firstUnpaid.locator('button.add').click();
    await fees.locator(`[data-fee-id="${feeId}"] a[href="/cart"]`).waitFor();
    const feePayment = await payCart(page);
    await checkAxe(page, 'receipt');
    const fee = await page.evaluate(
      async (id) => (await fetch(`/api/v1/fees/${id}`)).json(),
      feeId,
    );
    assert.equal(fee.status, 'paid');
    assert.equal(fee.balanceCents, 0);

    // Lunch money.
    const paymentRows = () =>
      queryOne<{ n: number }>(server.dbPath, 'SELECT COUNT(*) AS n FROM payment')?.n ?? 0;
    const rowsBeforeLunch = paymentRows();
    await depositLunch(page, studentId, '12.50');
    await checkAxe(page, 'food service');
    const lunchPayment = await payCart(page);
    assert.notEqual(lunchPayment, feePayment);
    const afterLunch = await serverPayments(page);
    assert.equal(afterLunch.find((p) => p.id === lunchPayment)?.amountCents, 1250);
    assert.equal(paymentRows(), rowsBeforeLunch + 1);

    // Offline: the checkout waits and says so; nothing reaches the server.
    await depositLunch(page, studentId, '7.25');
    await page.locator('cart-button a').click();
    await page.waitForURL(/\/cart$/);
    const cart = page.locator('cart-page');
    await cart.locator('#method option').first().waitFor({ state: 'attached' });
    await cart.locator('#email').fill('parent@example.org');
    const before = (await serverPayments(page)).length;
    const rowsBefore = paymentRows();
    await context.setOffline(true);
    await cart.locator('button.pay').click();
    const waiting = cart.locator('[data-state=waiting]');
    await waiting.waitFor();
    assert.match((await waiting.textContent()) ?? '', /Not yet paid/);
    await checkAxe(page, 'checkout waiting offline');
    await page.waitForTimeout(2_000);
    assert.equal(paymentRows(), rowsBefore, 'nothing reached the server offline');
    await context.setOffline(false);

    // Online again: sent once, the receipt opens, the history has it once.
    await page.waitForURL(/\/payments\/\d+$/, { timeout: 60_000 });
    const offlinePayment = Number(/\/payments\/(\d+)$/.exec(page.url())?.[1]);
    await page.reload();
    await settle(page);
    await page.waitForTimeout(2_000);
    const history = await serverPayments(page);
    assert.equal(history.length, before + 1, 'exactly one more payment on the server');
    assert.equal(
      history.filter((p) => p.amountCents === 725 && p.status === 'succeeded').length,
      1,
    );
    assert.ok(history.some((p) => p.id === offlinePayment));
    assert.equal(paymentRows(), rowsBefore + 1);
    await page.goto(`${server.origin}/payments`);
    await page.locator(`payment-history-page [data-payment-id="${offlinePayment}"]`).waitFor();
    assert.deepEqual(axeFindings, [], `axe found problems:\n${axeFindings.join('\n')}`);
  });
});
