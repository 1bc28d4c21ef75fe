import type { CheckoutLine } from '../../api/money.ts';
import type { PortalDb } from '../../data/db.ts';
import {
  cartItemId,
  moneyTables,
  type CartItem,
  type CartItemKind,
} from '../../data/money-tables.ts';

/**
 * The cart lives on the device (Dexie), so it survives a reload and a lost
 * connection; one line per thing paid for: adding the same fee again
 * replaces the amount instead of paying it twice.
 */
export type { CartItem, CartItemKind };
export { cartItemId };

export async function addToCart(
  db: PortalDb,
  item: Omit<CartItem, 'id' | 'addedAt'>,
  now = Date.now(),
): Promise<void> {
  const { cart } = moneyTables(db);
  const id = cartItemId(item.kind, item.targetId, item.studentId);
  await db.transaction('rw', cart, async () => {
    const existing = await cart.get(id);
    await cart.put({ ...item, id, addedAt: existing?.addedAt ?? now });
  });
}

export async function removeFromCart(db: PortalDb, id: string): Promise<void> {
  await moneyTables(db).cart.delete(id);
}

export function cartItems(db: PortalDb): Promise<CartItem[]> {
  return moneyTables(db).cart.orderBy('addedAt').toArray();
}

export function cartCount(db: PortalDb): Promise<number> {
  return moneyTables(db).cart.count();
}

export function cartTotal(items: readonly CartItem[]): number {
  return items.reduce((sum, item) => sum + item.amountCents, 0);
}

/** The cart as the checkout route takes it. */
export function checkoutLines(items: readonly CartItem[]): CheckoutLine[] {
  return items.map((item): CheckoutLine => {
    switch (item.kind) {
      case 'fee':
        return { kind: 'fee', feeId: item.targetId, amountCents: item.amountCents };
      case 'food_deposit':
        return {
          kind: 'food_deposit',
          foodServiceAccountId: item.targetId,
          amountCents: item.amountCents,
        };
      case 'optional_payment':
        return {
          kind: 'optional_payment',
          optionalPaymentId: item.targetId,
          studentId: item.studentId,
          quantity: item.quantity,
        };
    }
  });
}
