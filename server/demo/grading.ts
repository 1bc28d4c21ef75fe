/** Letters, standards marks and teacher comments shared by scores and grades. */

export function letterFor(percent: number): string {
  const cutoffs: [number, string][] = [
    [93, 'A'], [90, 'A-'], [87, 'B+'], [83, 'B'], [80, 'B-'], [77, 'C+'],
    [73, 'C'], [70, 'C-'], [67, 'D+'], [60, 'D'],
  ];
  return cutoffs.find(([floor]) => percent >= floor)?.[1] ?? 'F';
}

/** Elementary report cards mark standards, not percentages. */
export function standardsMarkFor(ability: number): string {
  if (ability > 0.9) return '4 - Exceeds the standard';
  if (ability > 0.75) return '3 - Meets the standard';
  if (ability > 0.65) return '2 - Approaching the standard';
  return '1 - Beginning';
}

export const gradeComments = [
  'A pleasure to have in class.',
  'Participates actively in discussions.',
  'Works well with classmates in groups.',
  'Shows strong problem-solving skills.',
  'Needs to turn in homework on time.',
  'Would benefit from reviewing notes before tests.',
  'Consistent effort all quarter.',
  'Great improvement since last quarter.',
] as const;

export const scoreComments = [
  'Great work!',
  'Please see me about corrections.',
  'Show your work next time.',
  'Nice improvement.',
  'Check the rubric for the last part.',
] as const;

export const round1 = (value: number): number => Math.round(value * 10) / 10;
