import type { AbsenceKind, AbsenceRequestCreate } from '../../api/absences.ts';

/**
 * The contract's commentMaxLength, repeated here because importing a value
 * from the contract brings TypeBox into the page's chunk; a test keeps the
 * two equal.
 */
export const commentMaxLength = 100;

/** What the form holds while the person fills it in. */
export interface AbsenceForm {
  studentIds: number[];
  excuseId: number | undefined;
  kind: AbsenceKind;
  firstDate: string;
  lastDate: string;
  time: string;
  comment: string;
}

/**
 * A field and the key of its message in the `absences` namespace, with the
 * student's name where the message names one.
 */
export type FormProblem = string | { key: string; name: string };
export type FormProblems = Partial<
  Record<'students' | 'excuse' | 'firstDate' | 'lastDate' | 'time' | 'comment', FormProblem>
>;

const graphemes =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Characters as a person counts them: an emoji or an accented letter is one. */
export function graphemeCount(text: string): number {
  if (!graphemes) return [...text].length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/**
 * The rules the device can check before sending, without its database
 * (school days are checked against it in absence-school-days.ts). The
 * school day's hours are the server's to judge; its refusals come back as
 * error codes the page translates.
 */
export function validateAbsence(form: AbsenceForm, today: string): FormProblems {
  const problems: FormProblems = {};
  if (form.studentIds.length === 0) problems.students = 'validation.studentsRequired';
  if (form.excuseId === undefined) problems.excuse = 'validation.excuseRequired';
  if (!form.firstDate) problems.firstDate = 'validation.dateRequired';
  else if (form.firstDate < today) problems.firstDate = 'validation.dateInPast';
  if (form.kind === 'full_day') {
    if (form.lastDate && form.firstDate && form.lastDate < form.firstDate) {
      problems.lastDate = 'validation.lastBeforeFirst';
    }
  } else if (!form.time) {
    problems.time = 'validation.timeRequired';
  }
  if (graphemeCount(form.comment) > commentMaxLength) problems.comment = 'validation.commentTooLong';
  return problems;
}

/** The request body for the API (only after validation passed). */
export function toRequestBody(form: AbsenceForm): AbsenceRequestCreate {
  const comment = form.comment.trim();
  return {
    studentIds: [...form.studentIds].sort((a, b) => a - b),
    excuseId: form.excuseId ?? 0,
    kind: form.kind,
    firstDate: form.firstDate,
    ...(form.kind === 'full_day'
      ? { lastDate: form.lastDate || form.firstDate }
      : { time: form.time }),
    ...(comment ? { comment } : {}),
  };
}

/** A queued request's body back into the form, to edit it. */
export function fromRequestBody(body: AbsenceRequestCreate): AbsenceForm {
  return {
    studentIds: body.studentIds,
    excuseId: body.excuseId,
    kind: body.kind,
    firstDate: body.firstDate,
    lastDate: body.lastDate ?? '',
    time: body.time ?? '',
    comment: body.comment ?? '',
  };
}
