import { html } from 'lit';
import type { Settings } from '../../api/settings.ts';
import { t } from '../../i18n/i18n.ts';
import { languageNames, languages } from '../../i18n/languages.ts';
import {
  contactChannels as channels,
  communicationLanguages,
  contactMessageTypes,
  notificationKinds,
} from './settings-choices.ts';
import { centsToDollars } from './settings-data.ts';

/**
 * The settings form's sections. Field names say where the value goes
 * (`notifications.score`, `contact.emergency.text`), read back by
 * readSettingsForm. Each field's label is in the same shadow root.
 */

export function languageSection(settings: Settings, shownLanguage: string) {
  const portal = settings.portalLanguage ?? shownLanguage;
  return html`<fieldset class="card">
    <legend>${t('settings:language.heading')}</legend>
    <div class="field">
      <label for="portalLanguage">${t('settings:language.portal')}</label>
      <select id="portalLanguage" name="portalLanguage" aria-describedby="portal-hint">
        ${languages.map(
          (language) => html`<option value=${language} lang=${language}
            ?selected=${language === portal}>${languageNames[language]}</option>`,
        )}
      </select>
      <span id="portal-hint" class="hint">${t('settings:language.portalHint')}</span>
    </div>
    <div class="field">
      <label for="communicationLanguage">${t('settings:language.communication')}</label>
      <select id="communicationLanguage" name="communicationLanguage"
        aria-describedby="communication-hint">
        ${communicationLanguages.map(
          (language) => html`<option value=${language} lang=${language}
            ?selected=${language === settings.communicationLanguage}>
            ${t(`settings:communicationLanguages.${language}`)}</option>`,
        )}
      </select>
      <span id="communication-hint" class="hint">
        ${t('settings:language.communicationHint')}
      </span>
    </div>
  </fieldset>`;
}

export function notificationsSection(settings: Settings, invalid: Set<string>) {
  const cents = settings.lowBalanceThresholdCents;
  return html`<fieldset class="card">
    <legend>${t('settings:notifications.heading')}</legend>
    <p class="hint">${t('settings:notifications.intro')}</p>
    ${notificationKinds.map(
      (kind) => html`<div class="check">
        <input id=${`kind-${kind}`} name=${`notifications.${kind}`} type="checkbox"
          .checked=${settings.notifications[kind]} />
        <label for=${`kind-${kind}`}>${t(`settings:notifications.kinds.${kind}`)}</label>
      </div>`,
    )}
    <div class="field">
      <label for="gradeBelowPercent">${t('settings:notifications.gradeBelow')}</label>
      <input id="gradeBelowPercent" name="gradeBelowPercent" type="text" inputmode="numeric"
        .value=${settings.gradeBelowPercent === null ? '' : String(settings.gradeBelowPercent)}
        aria-invalid=${invalid.has('gradeBelowPercent') ? 'true' : 'false'}
        aria-describedby="grade-hint" />
      <span id="grade-hint" class="hint">
        ${invalid.has('gradeBelowPercent')
          ? t('settings:notifications.gradeBelowInvalid')
          : t('settings:notifications.gradeBelowHint')}
      </span>
    </div>
    <div class="field">
      <label for="lowBalance">${t('settings:notifications.lowBalance')}</label>
      <input id="lowBalance" name="lowBalance" type="text" inputmode="decimal"
        .value=${cents === null ? '' : centsToDollars(cents)}
        aria-invalid=${invalid.has('lowBalance') ? 'true' : 'false'}
        aria-describedby="balance-hint" />
      <span id="balance-hint" class="hint">
        ${invalid.has('lowBalance')
          ? t('settings:notifications.lowBalanceInvalid')
          : t('settings:notifications.lowBalanceHint')}
      </span>
    </div>
  </fieldset>`;
}

export function contactSection(settings: Settings) {
  return html`<fieldset class="card">
    <legend>${t('settings:contact.heading')}</legend>
    <p class="hint">${t('settings:contact.intro')}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${t('settings:contact.messageType')}</th>
          ${channels.map((channel) => html`<th scope="col">${t(`settings:contact.channels.${channel}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${contactMessageTypes.map(
          (type) => html`<tr>
            <th scope="row">${t(`settings:contact.types.${type}`)}</th>
            ${channels.map(
              (channel) => html`<td>
                <input type="checkbox" name=${`contact.${type}.${channel}`}
                  aria-label=${t('settings:contact.choice', {
                    type: t(`settings:contact.types.${type}`),
                    channel: t(`settings:contact.channels.${channel}`),
                  })}
                  .checked=${settings.contactPreferences[type][channel]} />
              </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </fieldset>`;
}
