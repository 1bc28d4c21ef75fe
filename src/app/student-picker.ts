import { LitElement, html } from 'lit';
import type { SessionResponse } from '../api/account.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';
import { pickerStyles } from './picker-styles.ts';
import { studentName } from './student-context.ts';

/** Picks which of the guardian's children the per-student pages show. */
export class StudentPicker extends LitElement {
  static override styles = [baseStyles, pickerStyles];

  static override properties = {
    students: { attribute: false },
    studentId: { type: Number },
  };

  /** The guardian's students, from the session. */
  declare students: SessionResponse['students'];
  /** The student shown now. */
  declare studentId: number | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.students = [];
  }

  override render() {
    return html`
      <label>
        <span class="visually-hidden">${t('pickers.student')}</span>
        <select @change=${this.handleChange}>
          ${this.students.map(
            (student) => html`<option
              value=${student.id}
              ?selected=${student.id === this.studentId}
            >
              ${studentName(student)}
            </option>`,
          )}
        </select>
      </label>
    `;
  }

  handleChange(event: Event) {
    const studentId = Number((event.target as HTMLSelectElement).value);
    this.dispatchEvent(portalEvent('portal-student-change', { studentId }));
  }
}

customElements.define('student-picker', StudentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'student-picker': StudentPicker;
  }
}
