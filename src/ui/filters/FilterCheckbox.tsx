import { useId } from 'react';
import type { VisibleOfTotal } from '../../domain/filterCounts';

/** "12/12": how many are shown of how many there are; screen readers hear "12 of 12 shown". */
export function FilterCount({ id, count }: { id: string; count: VisibleOfTotal | undefined }) {
  const { visible, total } = count ?? { visible: 0, total: 0 };
  return (
    <span className="filter-count" id={id}>
      <span aria-hidden="true">
        {visible}
        <span className="filter-count-total">/{total}</span>
      </span>
      <span className="visually-hidden">
        {visible} of {total} shown
      </span>
    </span>
  );
}

interface FilterCheckboxProps {
  label: string;
  checked: boolean;
  onChange: () => void;
  count: VisibleOfTotal | undefined;
  /** A quiet button beside the count: "only" (show this alone) or "all" (show every one again). */
  only?: { text: string; label: string; onClick: () => void };
  /** Hidden by the command view whatever the box says: struck through, and said to screen readers. */
  overridden?: boolean;
}

/**
 * One filter choice. The count sits outside the label so the checkbox's accessible name is the
 * label alone ("commands"); screen readers hear the count as its description.
 */
export function FilterCheckbox({
  label,
  checked,
  onChange,
  count,
  only,
  overridden = false,
}: FilterCheckboxProps) {
  const countId = useId();
  const overriddenId = useId();
  return (
    <div
      className={`filter-row${checked ? '' : ' filter-row-off'}${overridden ? ' filter-row-overridden' : ''}`}
    >
      <label className="filter-label">
        <input
          type="checkbox"
          checked={checked}
          onChange={onChange}
          aria-describedby={overridden ? `${countId} ${overriddenId}` : countId}
        />
        <span>{label}</span>
      </label>
      {overridden && (
        <span id={overriddenId} className="visually-hidden">
          off in the command view
        </span>
      )}
      <FilterCount id={countId} count={count} />
      {only && (
        <button
          type="button"
          className="link-button filter-only"
          aria-label={only.label}
          title={only.label}
          onClick={only.onClick}
        >
          {only.text}
        </button>
      )}
    </div>
  );
}
