import { useId, useState } from 'react';
import { isPartialDate } from '../../domain/dates';
import { parseDateInput } from '../../domain/timeline';

export interface DateFieldProps {
  label: string;
  /** The current day (YYYY-MM-DD), or null for none. */
  value: string | null;
  /** Called with the day (or period) typed, null when emptied, on Enter or on leaving the field. */
  onCommit: (day: string | null) => void;
  /**
   * What a partial date typed means: its first day (a range start), its last day (as-of, range
   * end), or itself as written, standing for its whole period ('period').
   */
  edge?: 'first' | 'last' | 'period';
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
    const day =
      text === ''
        ? null
        : edge === 'period'
          ? isPartialDate(text)
            ? text
            : null
          : parseDateInput(text, edge);
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
        placeholder={edge === 'period' ? 'YYYY-MM' : 'YYYY-MM-DD'}
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
