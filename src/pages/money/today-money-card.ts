import { LitElement, css, html, nothing } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { formatDate } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { baseStyles } from '../../ui/styles.ts';
import { formatMoney } from './money-format.ts';
import { studentLabel } from './money-labels.ts';
import { loadMoneySummary } from './money-queries.ts';

/** How many fees Today lists before "and 2 more". */
const shownFees = 3;

/**
 * Today's money card: the student's fees still owed (the nearest due
 * first) and each child's lunch balance, from the saved money lists.
 */
export class TodayMoneyCard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 0.75rem;
        font-size: 1.125rem;
      }
      h3 {
        margin: 0.75rem 0 0.5rem;
        font-size: 1rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        justify-content: space-between;
        gap: 0.75rem;
        padding: 0.5rem 0;
        border-top: 1px solid var(--portal-border, #e5e7eb);
      }
      li:first-child {
        border-top: 0;
      }
      .amount {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .detail {
        font-size: 0.875rem;
        color: var(--portal-muted, #4b5563);
      }
      .low {
        margin-left: 0.375rem;
        padding: 0 0.5rem;
        border-radius: 999px;
        background: #fee2e2;
        color: #7f1d1d;
        font-size: 0.8125rem;
        font-weight: 600;
      }
      a {
        color: var(--portal-primary, #1d4ed8);
      }
      p {
        margin: 0.5rem 0 0;
      }
    `,
  ];

  static override properties = { context: { attribute: false } };

  declare context: PageContext | undefined;

  #data = new LiveQueryController(
    this,
    async () =>
      this.context ? loadMoneySummary(this.context.db, this.context.studentId) : undefined,
    () => [this.context?.db, this.context?.studentId],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const c = this.context;
    const data = this.#data.value;
    if (!c || !data) return nothing;
    const more = data.unpaid.length - shownFees;
    return html`<section class="card" aria-labelledby="money-heading">
      <h2 id="money-heading">${t('today:money.heading')}</h2>
      <h3>${t('today:money.fees')}</h3>
      ${
        data.unpaid.length === 0
          ? html`<p class="detail">${t('today:money.noFees')}</p>`
          : html`<ul class="fees">
                ${data.unpaid.slice(0, shownFees).map(
                  (fee) =>
                    html`<li>
                      <span
                        >${fee.description}
                        <span class="detail"
                          >·
                          ${t('today:money.due', { date: formatDate(fee.dueDate, 'short') })}</span
                        >
                      </span>
                      <span class="amount">${formatMoney(fee.balanceCents)}</span>
                    </li>`,
                )}
              </ul>
              ${more > 0 ? html`<p class="detail">${t('today:money.more', { count: more })}</p>` : nothing}`
      }
      <p><a href="/students/${c.studentId}/fees">${t('today:money.allFees')}</a></p>
      <h3>${t('today:money.balances')}</h3>
      ${
        data.accounts.length === 0
          ? html`<p class="detail">${t('today:money.noAccounts')}</p>`
          : html`<ul class="balances">
              ${data.accounts.map(
                (account) =>
                  html`<li>
                    <span
                      >${studentLabel(c.session, account.studentId)}
                      ${account.lowBalance ? html`<span class="low">${t('today:money.low')}</span>` : nothing}
                    </span>
                    <span class="amount">${formatMoney(account.balanceCents)}</span>
                  </li>`,
              )}
            </ul>`
      }
      <p><a href="/students/${c.studentId}/food-service">${t('today:money.addLunch')}</a></p>
    </section>`;
  }
}

customElements.define('today-money-card', TodayMoneyCard);

declare global {
  interface HTMLElementTagNameMap {
    'today-money-card': TodayMoneyCard;
  }
}
