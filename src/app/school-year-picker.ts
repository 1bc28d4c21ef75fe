import { LitElement, html } from 'lit';
import type { SchoolYear } from '../api/entities.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';
import { pickerStyles } from './picker-styles.ts';

/** Picks the school year; past years stay readable. */
export class SchoolYearPicker extends LitElement {
  static override styles = [baseStyles, pickerStyles];

  static override properties = {
    years: { attribute: false },
    schoolYearId: { type: Number },
  };

  /** The student's school years, newest first. */
  declare years: SchoolYear[];
  /** The year shown now. */
  declare schoolYearId: number | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.years = [];
  }

  override render() {
    return html`
      <label>
        ${t('pickers.schoolYear')}
        <select @change=${this.handleChange}>
          ${this.years.map(
            (year) =>
              html`<option value=${year.id} ?selected=${year.id === this.schoolYearId}>
                ${year.name}
              </option>`,
          )}
        </select>
      </label>
    `;
  }

  handleChange(event: Event) {
    const schoolYearId = Number((event.target as HTMLSelectElement).value);
    this.dispatchEvent(portalEvent('portal-year-change', { schoolYearId }));
  }
}

customElements.define('school-year-picker', SchoolYearPicker);

declare global {
  interface HTMLElementTagNameMap {
    'school-year-picker': SchoolYearPicker;
  }
}
