/**
 * The parts every editing form shares (Details' edit forms, the capture dialogs): a labelled
 * field, the line that shows a refused edit, and the checks of optional text and dates, so that
 * both kinds of form say the same thing the same way.
 */
import type { ReactNode } from 'react';
import { CONFIDENCE_LEVELS, type Confidence } from '../../domain/confidence';
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

/** A date typed as text: a year, a month or a day (checked on submit by dateProblem). */
export function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      <input value={value} placeholder="YYYY-MM-DD" onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

export function ConfidenceField({
  value,
  onChange,
}: {
  value: Confidence;
  onChange: (value: Confidence) => void;
}) {
  return (
    <Field label="Confidence">
      <select value={value} onChange={(e) => onChange(e.target.value as Confidence)}>
        {CONFIDENCE_LEVELS.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </Field>
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
