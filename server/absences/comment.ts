import { commentMaxLength } from '../../src/api/absences.ts';
import { ApiProblem } from '../http/errors.ts';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as a person counts them: 👍🏽 or é written as e + accent count once. */
export function perceivedLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/** The comment as kept: NFC, trimmed, null when empty; at most 100 characters. */
export function normalizeComment(comment: string | undefined): string | null {
  const text = (comment ?? '').normalize('NFC').trim();
  if (text === '') return null;
  const length = perceivedLength(text);
  if (length > commentMaxLength) {
    throw new ApiProblem(
      400,
      'comment_too_long',
      `The comment has ${length} characters; at most ${commentMaxLength} are allowed.`,
      '/comment',
    );
  }
  return text;
}
