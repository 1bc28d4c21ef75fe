import { LitElement, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { changeLanguage, currentLanguage, t } from '../i18n/i18n.ts';
import { isLanguage, languageNames, languages } from '../i18n/languages.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';
import { pickerStyles } from './picker-styles.ts';

/**
 * Picks the portal's language; each language is named in itself. Until the
 * picker is focused or pressed it lists the chosen language only: the
 * others' names (简体中文, 繁體中文) need a CJK font, and loading it made
 * the first layout of every page in English or Spanish a long task.
 */
export class LanguagePicker extends LitElement {
  static override styles = [baseStyles, pickerStyles];

  static override properties = { listed: { state: true } };

  /** True once the person reached for the picker: every language is listed. */
  declare listed: boolean;

  constructor() {
    super();
    new I18nController(this);
    this.listed = false;
  }

  override render() {
    const current = currentLanguage();
    const listed = this.listed ? languages : [current];
    // The list renders in the same task as the focus or press, before the select opens.
    return html`
      <label>
        <span class="visually-hidden">${t('pickers.language')}</span>
        <select @change=${this.handleChange} @focus=${this.handleReach}
          @pointerdown=${this.handleReach}>
          ${listed.map(
            (language) => html`<option value=${language} lang=${language}
              ?selected=${language === current}>${languageNames[language]}</option>`,
          )}
        </select>
      </label>
    `;
  }

  handleReach() {
    this.listed = true;
  }

  async handleChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLanguage(value)) return;
    await changeLanguage(value);
    this.dispatchEvent(portalEvent('portal-language-chosen', { language: value }));
  }
}

customElements.define('language-picker', LanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'language-picker': LanguagePicker;
  }
}
