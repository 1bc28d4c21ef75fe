/**
 * The school year and enrollment picked per student, remembered on this
 * device (removed at sign-out with everything else).
 */
export interface Selection {
  schoolYearId?: number;
  enrollmentId?: number;
}

const storageKey = 'portal.selection';

export function readSelections(): Record<string, Selection> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, Selection>)
      : {};
  } catch {
    return {};
  }
}

export function writeSelection(studentId: number, selection: Selection): void {
  try {
    const all = readSelections();
    all[String(studentId)] = selection;
    localStorage.setItem(storageKey, JSON.stringify(all));
  } catch {
    // Storage blocked: the choice lasts until the page closes.
  }
}

export function clearSelections(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing stored then either.
  }
}
