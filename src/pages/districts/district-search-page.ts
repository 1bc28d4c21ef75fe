import { LitElement, css, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DirectoryDistrict, DistrictsResponse } from '../../api/districts.ts';
import { appLoader, chooseDirectoryDistrict } from '../../app/device-districts.ts';
import { toAppError } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { portalLink, searchDistricts } from './districts-data.ts';
import { usStates } from './us-states.ts';

/**
 * The first screen of a device that has no district yet, and "Add a
 * district" later: find a district by name and state, then choose it. A
 * district hosted here opens its sign-in in this app; one on another
 * server is a link to its own portal.
 */
export class DistrictSearchPage extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    css`
      select {
        min-height: 44px;
        padding: 0.5rem 0.75rem;
        border: 1px solid #6b7280;
        border-radius: 8px;
        background: #fff;
        color: #111827;
      }
      ul {
        list-style: none;
        margin: 1rem 0 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      li p {
        margin: 0;
      }
      h2 {
        font-size: 1.125rem;
        margin: 1.5rem 0 0;
      }
    `,
  ];

  #search = new Task(this, {
    task: async ([query]: [{ q: string; state: string }], { signal }) => {
      try {
        return await searchDistricts(query, signal);
      } catch (error) {
        throw toAppError(error);
      }
    },
    autoRun: false,
  });

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const pending = this.#search.status === TaskStatus.PENDING;
    return html`
      <div class="auth card">
        <h1>${t('districts:heading')}</h1>
        <p class="muted">${t('districts:intro')}</p>
        <form role="search" novalidate @submit=${this.handleSubmit}>
          <div class="field">
            <label for="q">${t('districts:name')}</label>
            <input id="q" name="q" type="text" autocomplete="off" maxlength="100"
              aria-describedby="q-hint" />
            <span id="q-hint" class="hint">${t('districts:nameHint')}</span>
          </div>
          <div class="field">
            <label for="state">${t('districts:state')}</label>
            <select id="state" name="state">
              <option value="">${t('districts:anyState')}</option>
              ${usStates.map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
          </div>
          <div class="actions">
            <button class="button" type="submit" ?disabled=${pending}>
              ${pending ? t('districts:searching') : t('districts:search')}
            </button>
          </div>
        </form>
        ${this.#search.render({
          complete: (answer) => this.#renderResults(answer),
          error: (error) => html`<error-message .code=${toAppError(error).code}></error-message>`,
        })}
      </div>
    `;
  }

  #renderResults(answer: DistrictsResponse) {
    const { districts } = answer;
    if (districts.length === 0) {
      return html`<empty-state role="status" .heading=${t('districts:none.heading')}
        .reason=${t('districts:none.reason')}></empty-state>`;
    }
    return html`
      <h2 id="results">${t('districts:results')}</h2>
      <p class="muted" role="status">${t('districts:resultCount', { count: districts.length })}</p>
      <ul aria-labelledby="results">
        ${districts.map((district) => this.#renderDistrict(district, answer.defaultDistrict))}
      </ul>
    `;
  }

  #renderDistrict(district: DirectoryDistrict, defaultDistrict: string | null) {
    const elsewhere = portalLink(district);
    return html`<li class="card">
      <p><strong>${district.name}</strong><br /><span class="muted">${district.state}</span></p>
      ${elsewhere
        ? html`<a class="button secondary" href=${elsewhere} rel="noopener"
            aria-label=${t('districts:openElsewhere', { district: district.name })}
            >${t('districts:elsewhere', { address: new URL(elsewhere).host })}</a>`
        : html`<button class="button" aria-label=${t('districts:chooseLabel', { district: district.name })}
            @click=${() => this.handleChoose(district, defaultDistrict)}>${t('districts:choose')}</button>`}
    </li>`;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    void this.#search.run([{ q: String(data.get('q') ?? ''), state: String(data.get('state') ?? '') }]);
  }

  handleChoose(district: DirectoryDistrict, defaultDistrict: string | null) {
    const slug = chooseDirectoryDistrict(district, defaultDistrict);
    // Another district is another device database: the app starts again in it.
    appLoader.open(`/?district=${encodeURIComponent(slug)}`);
  }
}

customElements.define('district-search-page', DistrictSearchPage);

declare global {
  interface HTMLElementTagNameMap {
    'district-search-page': DistrictSearchPage;
  }
}
