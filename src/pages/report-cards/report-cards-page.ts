import { LitElement, css, html, nothing } from 'lit';
import type { StudentDocument } from '../../api/documents.ts';
import type { PageContext } from '../../app/page-context.ts';
import { toAppError } from '../../data/app-error.ts';
import { formatNumber } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import '../../ui/error-message.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import {
  documentBlob,
  loadDocuments,
  refreshDocuments,
  type YearDocuments,
} from './documents-data.ts';

/** A report card's name in the page's language; a document keeps the title staff gave it. */
function titleOf(document: StudentDocument): string {
  return document.kind === 'report_card'
    ? t('documents:reportCardTitle', { year: document.schoolYear })
    : document.title;
}

/**
 * Report Cards: the student's report cards and other documents by school
 * year. Opening one keeps its PDF on the device, so it opens again offline.
 */
export class ReportCardsPage extends LitElement {
  static override styles = [
    baseStyles,
    recordStyles,
    css`
      ul.documents { list-style: none; margin: 0.5rem 0 1.5rem; padding: 0; display: flex;
        flex-direction: column; gap: 0.75rem; }
      .document { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
        justify-content: space-between; }
      .document p { margin: 0; }
      .saved { font-size: 0.875rem; }
      h2 { margin-top: 1.25rem; }
      h3 { margin: 1rem 0 0; font-size: 1.05rem; }
    `,
  ];

  static override properties = {
    context: { attribute: false },
    problem: { state: true },
    opened: { state: true },
  };

  declare context: PageContext | undefined;
  /** Why the last document did not open, as an error code. */
  declare problem: string | undefined;
  /** A document whose window the browser blocked: shown as a link to tap. */
  declare opened: { id: number; url: string } | undefined;
  #refreshedFor: number | undefined;

  #years = new LiveQueryController(
    this,
    async () => (this.context ? loadDocuments(this.context.db, this.context.studentId) : undefined),
    () => [this.context?.db, this.context?.studentId],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(): void {
    const c = this.context;
    if (!c || this.#refreshedFor === c.studentId) return;
    this.#refreshedFor = c.studentId;
    // Offline or refused: the saved list stays on screen.
    void refreshDocuments(c.db, c.studentId).catch(() => undefined);
  }

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const years = this.#years.value;
    return html`
      ${recordHeader(t('documents:heading'), c, undefined, this.#years.error)}
      ${this.problem
        ? html`<error-message .code=${this.problem}></error-message>`
        : nothing}
      ${!years
        ? html`<p role="status">${t('documents:loading')}</p>`
        : years.length === 0
          ? html`<empty-state .heading=${t('documents:empty.heading')}
              .reason=${t('documents:empty.reason')}></empty-state>`
          : this.#renderYears(years, c.schoolYearId)}
    `;
  }

  /** The picked school year first; the others below, still one tap away. */
  #renderYears(years: YearDocuments[], picked: number | undefined) {
    const isPicked = (year: YearDocuments) =>
      year.documents.some((d) => d.schoolYearId === picked);
    const first = years.filter(isPicked);
    const others = years.filter((year) => !isPicked(year));
    const list = (year: YearDocuments, level: 'h2' | 'h3') => html`
      ${level === 'h2'
        ? html`<h2>${t('documents:year', { year: year.schoolYear })}</h2>`
        : html`<h3>${t('documents:year', { year: year.schoolYear })}</h3>`}
      <ul class="documents">${year.documents.map((d) => this.#renderDocument(d))}</ul>`;
    return html`
      ${first.map((year) => list(year, 'h2'))}
      ${first.length === 0 && picked !== undefined
        ? html`<p class="muted">${t('documents:noneThisYear')}</p>`
        : nothing}
      ${others.length
        ? html`${first.length ? html`<h2>${t('documents:otherYears')}</h2>` : nothing}
            ${others.map((year) => list(year, first.length ? 'h3' : 'h2'))}`
        : nothing}
    `;
  }

  #renderDocument(document: StudentDocument & { saved: boolean }) {
    const size = formatNumber(Math.max(1, Math.round(document.byteSize / 1024)), undefined, 0);
    return html`<li class="card document" data-document-id=${document.id}>
      <div>
        <p><strong>${titleOf(document)}</strong></p>
        <p class="muted">
          ${t(`documents:kind.${document.kind}`)} · ${t('documents:size', { size })}
        </p>
        ${document.saved
          ? html`<p class="muted saved">${t('documents:saved')}</p>`
          : nothing}
      </div>
      ${this.opened?.id === document.id
        ? html`<a class="button" href=${this.opened.url} target="_blank" rel="noopener">
            ${t('documents:openNow', { title: titleOf(document) })}
          </a>`
        : html`<button type="button" class="button" @click=${() => this.#open(document)}>
            ${t('documents:open', { title: titleOf(document) })}
          </button>`}
    </li>`;
  }

  async #open(document: StudentDocument): Promise<void> {
    const db = this.context?.db;
    if (!db) return;
    this.problem = undefined;
    try {
      const blob = await documentBlob(db, document);
      const url = URL.createObjectURL(blob);
      // A blocked window (the file came from the network after a while):
      // a link the person taps opens it instead.
      if (window.open(url, '_blank')) {
        // The new tab has loaded it by then; the page keeps no copy in memory.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } else {
        this.opened = { id: document.id, url };
      }
    } catch (error) {
      this.problem = toAppError(error).code;
    }
  }
}

customElements.define('report-cards-page', ReportCardsPage);

declare global {
  interface HTMLElementTagNameMap {
    'report-cards-page': ReportCardsPage;
  }
}
