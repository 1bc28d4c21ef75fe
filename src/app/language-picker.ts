import { LitElement, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { changeLanguage, currentLanguage, t } from '../i18n/i18n.ts';
import { isLanguage, languageNames, languages } from '../i18n/languages.ts';
import { baseStyles } from '../ui/styles.ts';
import { pickerStyles } from './picker-styles.ts';

/** Picks the portal's language; each language is named in itself. */
export class LanguagePicker extends LitElement {
  static override styles = [baseStyles, pickerStyles];

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const current = currentLanguage();
    return html`
      <label>
        <span class="visually-hidden">${t('pickers.language')}</span>
        <select @change=${this.handleChange}>
          ${languages.map(
            (language) => html`<option value=${language} lang=${language}
              ?selected=${language === current}>${languageNames[language]}</option>`,
          )}
        </select>
      </label>
    `;
  }

  async handleChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) await changeLanguage(value);
  }
}

customElements.define('language-picker', LanguagePicker);

declare global {
  interface HTMLElementTagNameMap {
    'language-picker': LanguagePicker;
  }
}
