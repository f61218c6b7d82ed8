import { useId, useState } from 'react';
import { parseDateInput } from '../../domain/timeline';

export interface DateFieldProps {
  label: string;
  /** The current day (YYYY-MM-DD), or null for none. */
  value: string | null;
  /** Called with the day typed (null when emptied) on Enter or when the field loses focus. */
  onCommit: (day: string | null) => void;
  /** A partial date means its first day (a range start) or its last day (as-of, range end). */
  edge?: 'first' | 'last';
}

/**
 * A date typed as YYYY, YYYY-MM or YYYY-MM-DD, the same on every locale (unlike a date input).
 * Escape puts back the current value; something unreadable is marked and not applied.
 */
export function DateField({ label, value, onCommit, edge = 'last' }: DateFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const hintId = useId();

  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    const day = text === '' ? null : parseDateInput(text, edge);
    if (text !== '' && day === null) {
      setInvalid(true);
      return;
    }
    setDraft(null);
    setInvalid(false);
    if (day !== value) onCommit(day);
  };

  return (
    <label className="timeline-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="YYYY-MM-DD"
        size={10}
        value={draft ?? value ?? ''}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape' && draft !== null) {
            e.stopPropagation();
            setDraft(null);
            setInvalid(false);
          }
        }}
      />
      {invalid && (
        <span id={hintId} className="timeline-field-error" role="alert">
          Use YYYY, YYYY-MM or YYYY-MM-DD
        </span>
      )}
    </label>
  );
}
