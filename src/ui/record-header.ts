import { html, nothing } from 'lit';
import type { PageContext } from '../app/page-context.ts';
import { studentName } from '../app/student-context.ts';
import { toAppError } from '../data/app-error.ts';
import './error-message.ts';

/**
 * The top of a student record page: its heading, whose record and which
 * school year it shows, and the error of the page's query when it failed.
 */
export function recordHeader(
  heading: string,
  context: PageContext,
  yearName: string | undefined,
  error: unknown,
) {
  const student = context.session.students.find((s) => s.id === context.studentId);
  const whose = [student ? studentName(student) : '', yearName].filter(Boolean).join(' · ');
  return html`
    <h1>${heading}</h1>
    <p class="lede muted">${whose}</p>
    ${error ? html`<error-message .code=${toAppError(error).code}></error-message>` : nothing}
  `;
}
