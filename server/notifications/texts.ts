import type { NotificationKind } from '../../src/api/notifications.ts';

export type NotificationParams = Record<string, string | number | null>;

/**
 * The server's words for a notification, for push messages and API
 * callers. The app writes its own text from kind and params in the
 * guardian's language.
 * TODO: push texts in the guardian's communication language once accounts
 * keep one; until then English.
 */
export function notificationText(
  kind: NotificationKind,
  params: NotificationParams,
): { title: string; body: string } {
  const student = String(params.student ?? '');
  switch (kind) {
    case 'absence_request_processed':
      return {
        title: `Absence request ${params.status === 'approved' ? 'approved' : 'denied'}`,
        body:
          `Your absence request for ${student} from ${params.firstDate}` +
          (params.note ? `: ${params.note}` : '.'),
      };
    case 'score':
      return { title: `New score for ${student}`, body: `${params.assignment}: ${params.score}` };
    case 'grade_posted':
      return { title: `Grade posted for ${student}`, body: `${params.course}: ${params.grade}` };
    case 'attendance':
      return {
        title: `Attendance for ${student}`,
        body: `${params.date}: ${params.category}${params.code ? ` (${params.code})` : ''}`,
      };
    case 'announcement':
      return {
        title: String(params.district ?? 'District announcement'),
        body: String(params.text ?? ''),
      };
  }
}
