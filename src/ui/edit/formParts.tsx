/**
 * The parts every editing form shares (Details' edit forms, the capture dialogs): a labelled
 * field, the line that shows a refused edit, and the checks of optional text and dates, so that
 * both kinds of form say the same thing the same way.
 */
import type { ReactNode } from 'react';
import { isPartialDate } from '../../domain/dates';
import type { DatasetEdit } from '../../domain/edits';
import { useLinkboard } from '../../store/store';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="edit-field">
      {label}
      {children}
    </label>
  );
}

export function ErrorLine({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="edit-error" role="alert">
      {message}
    </p>
  );
}

/** Text for an optional field: empty means none. */
export const optional = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();

/** The first field, by its label, whose text is not a date; null when all are dates or empty. */
export function dateProblem(fields: Record<string, string>): string | null {
  for (const [name, value] of Object.entries(fields))
    if (value.trim() !== '' && !isPartialDate(value.trim()))
      return `${name} must be a date such as 2007, 2008-02 or 2019-05-14`;
  return null;
}

/** Makes an edit; returns the message of one refused (shown in the form), or null. */
export function useEdit(): (edit: DatasetEdit) => string | null {
  const applyEdit = useLinkboard((s) => s.applyEdit);
  return (edit) => {
    const result = applyEdit(edit);
    return result.ok ? null : result.message;
  };
}
