import { LitElement, html, nothing } from 'lit';
import type { AbsenceKind, AbsenceRequestCreate } from '../../api/absences.ts';
import type { PageContext } from '../../app/page-context.ts';
import { studentName } from '../../app/student-context.ts';
import { nudgeOutbox } from '../../data/outbox/outbox-runner.ts';
import { editFailed } from '../../data/outbox/outbox-store.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { fileAbsenceRequest, refreshExcuses, savedExcuses } from './absences-data.ts';
import { absencesStyles } from './absences-styles.ts';
import { schoolDayProblems } from './absence-school-days.ts';
import {
  commentMaxLength,
  fromRequestBody,
  graphemeCount,
  toRequestBody,
  validateAbsence,
  type AbsenceForm,
  type FormProblems,
} from './absence-validation.ts';

const kinds: readonly AbsenceKind[] = ['full_day', 'arrive_late', 'leave_early'];

/** Goes to another page of the app through the router (it listens to popstate). */
export function goTo(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * A new absence request (or a refused one, edited). Checked on the device
 * first; then stored in the outbox and sent when the network allows.
 */
export class AbsenceRequestFormPage extends LitElement {
  static override styles = [baseStyles, recordStyles, formStyles, absencesStyles];

  static override properties = {
    context: { attribute: false },
    form: { state: true },
    problems: { state: true },
    sending: { state: true },
  };

  declare context: PageContext | undefined;
  declare form: AbsenceForm;
  declare problems: FormProblems;
  /** A submit is being checked and queued: a second one (a double click) would file it twice. */
  declare sending: boolean;
  #editKey: string | null = null;
  #filledFor: PageContext | undefined;

  #excuses = new LiveQueryController(
    this,
    async () => (this.context ? savedExcuses(this.context.db) : []),
    () => [this.context?.db],
  );

  constructor() {
    super();
    new I18nController(this);
    this.form = {
      studentIds: [],
      excuseId: undefined,
      kind: 'full_day',
      firstDate: '',
      lastDate: '',
      time: '',
      comment: '',
    };
    this.problems = {};
    this.sending = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(async () => {
      if (this.context) await refreshExcuses(this.context.db).catch(() => undefined);
    });
  }

  override willUpdate(): void {
    const c = this.context;
    if (!c || this.#filledFor === c) return;
    this.#filledFor = c;
    this.#editKey = new URL(window.location.href).searchParams.get('edit');
    if (this.#editKey) {
      void c.db.outbox.get(this.#editKey).then((entry) => {
        if (entry) this.form = fromRequestBody(entry.body as AbsenceRequestCreate);
      });
    } else if (this.form.studentIds.length === 0 && c.session.students.length === 1) {
      this.form = { ...this.form, studentIds: c.session.students.map((s) => s.id) };
    }
  }

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const excuses = this.#excuses.value ?? [];
    const form = this.form;
    const length = graphemeCount(form.comment);
    const problem = (field: keyof FormProblems) => {
      const found = this.problems[field];
      if (!found) return nothing;
      const text =
        typeof found === 'string' ? t(`absences:${found}`) : t(`absences:${found.key}`, { name: found.name });
      return html`<p class="problem" id="${field}-problem">${text}</p>`;
    };
    const described = (field: keyof FormProblems) => (this.problems[field] ? `${field}-problem` : '');

    return html`
      <h1>${t('absences:form.heading')}</h1>
      <p class="lede muted">${t('absences:form.lede')}</p>
      <form novalidate @submit=${this.#submit} @input=${this.#input} @change=${this.#input}>
        <fieldset aria-describedby=${described('students')}>
          <legend>${t('absences:form.students')}</legend>
          ${c.session.students.map(
            (student) => html`<label class="choice">
              <input type="checkbox" name="student" value=${student.id}
                .checked=${form.studentIds.includes(student.id)} />
              ${studentName(student)}
            </label>`,
          )}
          ${problem('students')}
        </fieldset>

        <div class="field">
          <label for="excuse">${t('absences:form.excuse')}</label>
          <select id="excuse" name="excuse" aria-describedby=${described('excuse')}>
            <option value="" ?selected=${form.excuseId === undefined}>${t('absences:form.choose')}</option>
            ${excuses.map(
              (excuse) => html`<option value=${excuse.id} ?selected=${form.excuseId === excuse.id}>
                ${excuse.name}
              </option>`,
            )}
          </select>
          ${excuses.length === 0 ? html`<p class="muted">${t('absences:form.noExcuses')}</p>` : nothing}
          ${problem('excuse')}
        </div>

        <fieldset>
          <legend>${t('absences:form.type')}</legend>
          ${kinds.map(
            (kind) => html`<label class="choice">
              <input type="radio" name="kind" value=${kind} .checked=${form.kind === kind} />
              ${t(`absences:kind.${kind}`)}
            </label>`,
          )}
        </fieldset>

        <div class="field">
          <label for="firstDate">
            ${form.kind === 'full_day' ? t('absences:form.firstDate') : t('absences:form.date')}
          </label>
          <input id="firstDate" name="firstDate" type="date" min=${c.today} .value=${form.firstDate}
            aria-describedby=${described('firstDate')} />
          ${problem('firstDate')}
        </div>
        ${form.kind === 'full_day'
          ? html`<div class="field">
              <label for="lastDate">${t('absences:form.lastDate')}</label>
              <input id="lastDate" name="lastDate" type="date" min=${form.firstDate || c.today}
                .value=${form.lastDate} aria-describedby=${described('lastDate')} />
              ${problem('lastDate')}
            </div>`
          : html`<div class="field">
              <label for="time">
                ${form.kind === 'arrive_late' ? t('absences:form.arrival') : t('absences:form.departure')}
              </label>
              <input id="time" name="time" type="time" .value=${form.time}
                aria-describedby=${described('time')} />
              ${problem('time')}
            </div>`}

        <div class="field">
          <label for="comment">${t('absences:form.comment')}</label>
          <textarea id="comment" name="comment" rows="3" .value=${form.comment}
            aria-describedby="comment-count ${described('comment')}"></textarea>
          <p id="comment-count" class="counter ${length > commentMaxLength ? 'over' : ''}">
            ${t('absences:form.counter', { count: length, max: commentMaxLength })}
          </p>
          ${problem('comment')}
        </div>

        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>${t('absences:form.submit')}</button>
          <a class="button secondary" href="/absence-requests">${t('absences:form.cancel')}</a>
        </div>
      </form>
    `;
  }

  #input = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const form = { ...this.form };
    switch (target.name) {
      case 'student': {
        const id = Number(target.value);
        form.studentIds = target.checked
          ? [...new Set([...form.studentIds, id])]
          : form.studentIds.filter((s) => s !== id);
        break;
      }
      case 'excuse':
        form.excuseId = target.value ? Number(target.value) : undefined;
        break;
      case 'kind':
        form.kind = target.value as AbsenceKind;
        break;
      case 'firstDate':
      case 'lastDate':
      case 'time':
      case 'comment':
        form[target.name] = target.value;
        break;
      default:
        return;
    }
    this.form = form;
  };

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const c = this.context;
    // Set before the first await, so a second click while this one queues finds it.
    if (!c || this.sending) return;
    this.sending = true;
    try {
      await this.#checkAndQueue(c);
    } finally {
      this.sending = false;
    }
  };

  async #checkAndQueue(c: PageContext): Promise<void> {
    this.problems = validateAbsence(this.form, c.today);
    if (Object.keys(this.problems).length === 0) {
      this.problems = await schoolDayProblems(c.db, this.form, c.session.students);
    }
    const first = Object.keys(this.problems)[0];
    if (first) {
      await this.updateComplete;
      const target = first === 'students' ? 'input[name=student]' : `#${first}`;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    const body = toRequestBody(this.form);
    if (this.#editKey) {
      await editFailed(c.db, this.#editKey, body);
      nudgeOutbox();
    } else {
      await fileAbsenceRequest(c.db, body);
    }
    goTo('/absence-requests');
  }
}

customElements.define('absence-request-form-page', AbsenceRequestFormPage);

declare global {
  interface HTMLElementTagNameMap {
    'absence-request-form-page': AbsenceRequestFormPage;
  }
}
