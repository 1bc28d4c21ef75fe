import type { Random } from './random.ts';

/** What teachers assign, by subject, so titles read like a real gradebook. */

export interface AssignmentKind {
  category: string;
  /** Null for work marked Complete or Incomplete instead of scored. */
  points: number | null;
  description: string;
}

const kinds: AssignmentKind[] = [
  { category: 'Homework', points: 10, description: 'Finish the practice set from class.' },
  { category: 'Homework', points: 10, description: 'Read the section and answer the questions.' },
  { category: 'Quiz', points: 20, description: 'Short quiz on this week’s material.' },
  { category: 'Classwork', points: 15, description: 'Worksheet started in class.' },
  { category: 'Participation', points: null, description: 'Marked complete when done in class.' },
  { category: 'Test', points: 100, description: 'Unit test. Bring a pencil.' },
  { category: 'Project', points: 50, description: 'See the project sheet for the rubric.' },
];

const topics: Record<string, string[]> = {
  math: ['Linear equations', 'Functions', 'Systems of equations', 'Quadratics',
    'Exponents', 'Ratios and rates', 'Probability', 'Polynomials'],
  english: ['Narrative writing', 'Poetry', 'Argument essay', 'Vocabulary',
    'Short stories', 'Research skills', 'Grammar review'],
  science: ['Lab safety', 'Atoms and molecules', 'Ecosystems', 'Forces and motion',
    'Chemical reactions', 'Cells', 'Energy'],
  history: ['Ancient civilizations', 'Map skills', 'Trade routes', 'Revolutions',
    'Primary sources', 'Civics', 'Geography of Asia'],
  language: ['Greetings', 'Numbers and dates', 'Family', 'Food', 'Past tense',
    'Travel', 'Daily routine'],
  arts: ['Color theory', 'Rhythm', 'Sketchbook', 'Performance prep', 'Warm-ups'],
  pe: ['Fitness log', 'Team sports', 'Stretching', 'Endurance run'],
  health: ['Nutrition', 'Sleep', 'First aid', 'Decision making'],
  cs: ['Algorithms', 'Data', 'The internet', 'Programming basics'],
};

export function pickAssignment(
  random: Random,
  subject: string,
): AssignmentKind & { title: string } {
  const kind = random.pick(kinds);
  const topic = random.pick(topics[subject] ?? topics.arts ?? ['Review']);
  return { ...kind, title: `${kind.category}: ${topic}` };
}
