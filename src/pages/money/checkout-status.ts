import { html, nothing } from 'lit';
import type { MetaValues } from '../../data/db.ts';
import { formatMoney } from './money-format.ts';
import { failureMessage } from './money-labels.ts';
import type { QueuedCheckout } from './money-queries.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * Checkouts still on the device: waiting for the network ("not yet
 * paid"), being sent, refused (why, and back to the cart), or just paid
 * (a link to the receipt, until the payment history has it).
 */
export function renderCheckouts(
  checkouts: QueuedCheckout[],
  actions: { onRestore: (key: string) => void; onDiscard: (key: string) => void },
) {
  if (checkouts.length === 0) return nothing;
  return html`<ul class="items checkouts">
    ${checkouts.map(({ entry, body }) => {
      const total = body.lines.reduce(
        (sum, line) => sum + ('amountCents' in line ? line.amountCents : 0),
        0,
      );
      const result = entry.result as { id?: number } | undefined;
      const lines = t('money:checkout.lines', { count: body.lines.length });
      return html`<li
        class="card item checkout"
        data-outbox-key=${entry.key}
        data-state=${entry.state}
      >
        <span class="badge ${entry.state === 'sent' ? 'paid' : entry.state}">
          ${t(`money:checkout.state.${entry.state}`)}</span
        >
        <div class="line">
          <strong>${lines}</strong>
          ${total > 0 ? html`<span class="amount">${formatMoney(total)}</span>` : nothing}
        </div>
        ${
          entry.state === 'waiting'
            ? html`<p class="muted" role="status">${t('money:checkout.waitingHint')}</p>`
            : nothing
        }
        ${
          entry.state === 'sent' && result?.id
            ? html`<p><a href="/payments/${result.id}">${t('money:checkout.receipt')}</a></p>`
            : nothing
        }
        ${
          entry.state === 'failed'
            ? html`<p class="failure" role="alert">
                  ${t('money:checkout.notPaid', { reason: failureMessage(entry.failure) })}
                </p>
                <div class="actions">
                  <button
                    class="button secondary restore"
                    @click=${() => actions.onRestore(entry.key)}
                  >
                    ${t('money:checkout.backToCart')}
                  </button>
                  <button
                    class="button secondary discard"
                    @click=${() => actions.onDiscard(entry.key)}
                  >
                    ${t('money:checkout.discard')}
                  </button>
                </div>`
            : nothing
        }
      </li>`;
    })}
  </ul>`;
}

/**
 * The last checkout was refused by the processor (a declined card, say):
 * its lines are back in the cart below, so the notice only says why.
 */
export function renderRefusal(
  refusal: MetaValues['checkoutRefusal'] | undefined,
  onDismiss: () => void,
) {
  if (!refusal) return nothing;
  return html`<div class="card item checkout refused" data-state="refused">
    <span class="badge failed">${t('money:checkout.state.failed')}</span>
    <p class="failure" role="alert">
      ${t('money:checkout.notPaid', { reason: failureMessage(refusal.failure) })}
    </p>
    <p class="detail back-in-cart">${t('money:checkout.backInCart')}</p>
    <div class="actions">
      <button class="button secondary dismiss" @click=${onDismiss}>
        ${t('money:checkout.dismiss')}
      </button>
    </div>
  </div>`;
}
