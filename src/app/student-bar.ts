import { LitElement, css, html, nothing } from 'lit';
import type { Enrollment, SchoolYear } from '../api/entities.ts';
import type { AppErrorCode } from '../data/app-error.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import '../ui/error-message.ts';
import { baseStyles } from '../ui/styles.ts';
import '../ui/updated-ago.ts';
import './enrollment-picker.ts';
import { portalEvent } from './events.ts';
import './school-year-picker.ts';

/**
 * Above every per-student page: the school-year and enrollment pickers,
 * how fresh the data on the device is, and a Refresh button.
 */
export class StudentBar extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0.5rem 1rem;
      }
      .sync {
        flex: 1 1 6rem;
        display: flex;
        flex-direction: column;
        font-size: 0.875rem;
        align-self: center;
      }
      .offline {
        color: #92400e;
        font-weight: 600;
      }
      .button {
        min-height: 40px;
      }
    `,
  ];

  static override properties = {
    years: { attribute: false },
    schoolYearId: { type: Number },
    enrollments: { attribute: false },
    enrollmentId: { type: Number },
    lastSyncAt: { type: Number },
    syncing: { type: Boolean },
    error: {},
  };

  /** The student's school years, newest first. */
  declare years: SchoolYear[];
  declare schoolYearId: number | undefined;
  /** The student's enrollments in the chosen year; a picker from two on. */
  declare enrollments: (Enrollment & { schoolName: string })[];
  declare enrollmentId: number | undefined;
  /** When the last sync finished (ms), undefined before the first. */
  declare lastSyncAt: number | undefined;
  declare syncing: boolean;
  /** The last sync's failure; being offline is shown quietly, the rest as errors. */
  declare error: AppErrorCode | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.years = [];
    this.enrollments = [];
    this.syncing = false;
  }

  override render() {
    const offline = this.error === 'network_unavailable';
    return html`
      <div class="bar">
        ${this.years.length > 0
          ? html`<school-year-picker .years=${this.years} .schoolYearId=${this.schoolYearId}>
            </school-year-picker>`
          : nothing}
        ${this.enrollments.length > 1
          ? html`<enrollment-picker .enrollments=${this.enrollments}
              .enrollmentId=${this.enrollmentId}></enrollment-picker>`
          : nothing}
        <span class="sync" role="status">
          ${this.syncing
            ? t('sync.syncing')
            : html`<updated-ago .at=${this.lastSyncAt}></updated-ago>`}
          ${offline ? html`<span class="offline">${t('sync.offline')}</span>` : nothing}
        </span>
        <button class="button secondary" ?disabled=${this.syncing} @click=${this.handleRefresh}>
          ${t('sync.refresh')}
        </button>
      </div>
      ${this.error && !offline
        ? html`<error-message .code=${this.error}></error-message>`
        : nothing}
    `;
  }

  handleRefresh() {
    this.dispatchEvent(portalEvent('portal-refresh', {}));
  }
}

customElements.define('student-bar', StudentBar);

declare global {
  interface HTMLElementTagNameMap {
    'student-bar': StudentBar;
  }
}
