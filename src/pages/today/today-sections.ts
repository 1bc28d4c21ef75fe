import { html, nothing } from 'lit';
import type { Score } from '../../api/entities.ts';
import { t } from '../../i18n/i18n.ts';
import {
  formatDate,
  formatInstantDate,
  formatNumber,
  formatPercent,
  formatTime,
} from '../../i18n/format.ts';
import '../../ui/empty-state.ts';
import type { DueAssignment, TodayData } from './today-data.ts';

/** The Today page's sections, each with an empty state that says why it is empty. */

export function scheduleSection(data: TodayData, weekday: string) {
  return html`<section class="card schedule" aria-labelledby="schedule-heading">
    <h2 id="schedule-heading">${t('today:schedule.heading')}</h2>
    ${data.classes.length > 0
      ? html`<ul>
          ${data.classes.map(
            (item) => html`<li>
              <span class="when">
                ${item.startTime ? formatTime(item.startTime) : item.period}
                ${item.endTime ? html`<br />${formatTime(item.endTime)}` : nothing}
              </span>
              <span class="what">
                <strong>${item.course}</strong>
                <span class="detail">
                  ${[
                    periodLabel(item.period),
                    item.room && roomLabel(item.room),
                    item.teachers.join(', '),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </li>`,
          )}
        </ul>`
      : scheduleEmpty(data, weekday)}
  </section>`;
}

/** A bare number reads as "Period 3"; a named period ("Homeroom") stays as it is. */
function periodLabel(name: string): string {
  return /^\d+$/.test(name) ? t('today:schedule.period', { name }) : name;
}

/** A bare room number reads as "Room 13"; "Music Room" or "Gym" stays as it is. */
function roomLabel(room: string): string {
  return /^[\p{L}\p{N}-]{1,6}$/u.test(room) && /\d/.test(room)
    ? t('today:schedule.room', { room })
    : room;
}

function scheduleEmpty(data: TodayData, weekday: string) {
  const day = data.calendarDay;
  if (data.schoolDay === 'no') {
    const reason = day?.name
      ? t('today:schedule.noSchoolNamed', { name: day.name })
      : t('today:schedule.noSchool');
    return html`<empty-state .heading=${t('today:schedule.emptyHeading')} .reason=${reason}>
    </empty-state>`;
  }
  if (!data.hasCurrentSections) {
    return html`<empty-state .heading=${t('today:schedule.emptyHeading')}
      .reason=${t('today:schedule.noSections')}></empty-state>`;
  }
  return html`<empty-state .heading=${t('today:schedule.emptyHeading')}
    .reason=${t('today:schedule.noMeetings', { weekday })}></empty-state>`;
}

export function dueSection(data: TodayData) {
  const empty = data.dueToday.length === 0 && data.dueTomorrow.length === 0;
  return html`<section class="card" aria-labelledby="due-heading">
    <h2 id="due-heading">${t('today:due.heading')}</h2>
    ${empty
      ? html`<empty-state .heading=${t('today:due.emptyHeading')}
          .reason=${t('today:due.emptyReason')}></empty-state>`
      : html`${dueList(t('today:due.today'), data.dueToday)}
        ${dueList(t('today:due.tomorrow'), data.dueTomorrow)}`}
  </section>`;
}

function dueList(heading: string, items: DueAssignment[]) {
  if (items.length === 0) return nothing;
  return html`<h3>${heading}</h3>
    <ul>
      ${items.map(
        ({ assignment, course, score }) => html`<li>
          <span class="when">${course}</span>
          <span class="what">
            <strong>${assignment.title}</strong>
            ${scoreFlags(score)}
            ${assignment.pointsPossible !== null
              ? html`<span class="detail">
                  ${t('today:due.points', { points: formatNumber(assignment.pointsPossible) })}
                </span>`
              : nothing}
          </span>
        </li>`,
      )}
    </ul>`;
}

function scoreFlags(score: Score | undefined) {
  if (!score) return nothing;
  const flags = (['missing', 'late', 'incomplete', 'exempt'] as const).filter((f) => score[f]);
  const turnedIn = score.turnedIn
    ? html`<span class="flag done">${t('today:flags.turnedIn')}</span>`
    : nothing;
  return html`${turnedIn}
  ${flags.map((flag) => html`<span class="flag">${t(`today:flags.${flag}`)}</span>`)}`;
}

function scoreText(score: Score, pointsPossible: number | null | undefined): string {
  if (score.points !== null && pointsPossible) {
    return t('today:scores.points', {
      points: formatNumber(score.points),
      possible: formatNumber(pointsPossible),
      percent: formatPercent((score.points / pointsPossible) * 100),
    });
  }
  if (score.points !== null) return formatNumber(score.points);
  return score.mark ?? '';
}

export function scoresSection(data: TodayData, timeZone: string) {
  return html`<section class="card" aria-labelledby="scores-heading">
    <h2 id="scores-heading">${t('today:scores.heading')}</h2>
    ${data.scores.length === 0
      ? html`<empty-state .heading=${t('today:scores.emptyHeading')}
          .reason=${t('today:scores.emptyReason')}></empty-state>`
      : html`<ul>
          ${data.scores.map(
            (score) => html`<li>
              <span class="when">
                ${score.scoredAt ? formatInstantDate(score.scoredAt, timeZone) : ''}
              </span>
              <span class="what">
                <strong>${score.assignment?.title ?? ''}</strong>
                <span class="detail">
                  ${score.course} · ${scoreText(score, score.assignment?.pointsPossible)}
                </span>
                ${scoreFlags(score)}
              </span>
            </li>`,
          )}
        </ul>`}
  </section>`;
}

export function gradesSection(data: TodayData, timeZone: string) {
  return html`<section class="card" aria-labelledby="grades-heading">
    <h2 id="grades-heading">${t('today:grades.heading')}</h2>
    ${data.grades.length === 0
      ? html`<empty-state .heading=${t('today:grades.emptyHeading')}
          .reason=${t('today:grades.emptyReason')}></empty-state>`
      : html`<ul>
          ${data.grades.map(
            (grade) => html`<li>
              <span class="when">
                ${grade.postedAt ? formatInstantDate(grade.postedAt, timeZone) : ''}
              </span>
              <span class="what">
                <strong>${grade.course}</strong>
                <span class="detail">
                  ${[
                    grade.task,
                    grade.mark,
                    grade.percent !== null ? formatPercent(grade.percent) : null,
                    t(`today:grades.status.${grade.status}`),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </li>`,
          )}
        </ul>`}
  </section>`;
}

export function attendanceSection(data: TodayData) {
  return html`<section class="card" aria-labelledby="attendance-heading">
    <h2 id="attendance-heading">${t('today:attendance.heading')}</h2>
    ${data.attendance.length === 0
      ? html`<empty-state .heading=${t('today:attendance.emptyHeading')}
          .reason=${t('today:attendance.emptyReason')}></empty-state>`
      : html`<ul>
          ${data.attendance.map(
            (event) => html`<li>
              <span class="when">${formatDate(event.date, 'short')}</span>
              <span class="what">
                <strong>${t(`today:attendance.category.${event.category}`)}</strong>
                <span class="detail">
                  ${[
                    event.course,
                    t(`today:attendance.excuse.${event.excuse}`),
                    event.arrivalTime ? formatTime(event.arrivalTime) : null,
                    event.comment,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </li>`,
          )}
        </ul>`}
  </section>`;
}
