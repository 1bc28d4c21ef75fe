import { LitElement, html } from 'lit';
import type { Enrollment } from '../api/entities.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';
import { pickerStyles } from './picker-styles.ts';

/** Picks one enrollment when a student has several in the year (two schools). */
export class EnrollmentPicker extends LitElement {
  static override styles = [baseStyles, pickerStyles];

  static override properties = {
    enrollments: { attribute: false },
    enrollmentId: { type: Number },
  };

  /** The student's enrollments in the chosen year, with their school's name. */
  declare enrollments: (Enrollment & { schoolName: string })[];
  /** The enrollment shown now. */
  declare enrollmentId: number | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.enrollments = [];
  }

  override render() {
    return html`
      <label>
        ${t('pickers.enrollment')}
        <select @change=${this.handleChange}>
          ${this.enrollments.map(
            (enrollment) =>
              html`<option value=${enrollment.id} ?selected=${enrollment.id === this.enrollmentId}>
                ${t('pickers.enrollmentOption', {
                  school: enrollment.schoolName,
                  start: formatDate(enrollment.startDate, 'short'),
                })}
              </option>`,
          )}
        </select>
      </label>
    `;
  }

  handleChange(event: Event) {
    const enrollmentId = Number((event.target as HTMLSelectElement).value);
    this.dispatchEvent(portalEvent('portal-enrollment-change', { enrollmentId }));
  }
}

customElements.define('enrollment-picker', EnrollmentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'enrollment-picker': EnrollmentPicker;
  }
}
