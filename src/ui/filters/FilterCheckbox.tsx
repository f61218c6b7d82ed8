import { useId } from 'react';
import type { VisibleOfTotal } from '../../domain/filterCounts';

interface FilterCheckboxProps {
  label: string;
  checked: boolean;
  onChange: () => void;
  count: VisibleOfTotal | undefined;
}

/**
 * One filter choice. The count sits outside the label so the checkbox's accessible name is the
 * label alone ("commands"); screen readers hear the count as its description.
 */
export function FilterCheckbox({ label, checked, onChange, count }: FilterCheckboxProps) {
  const countId = useId();
  const { visible, total } = count ?? { visible: 0, total: 0 };
  return (
    <div className={`filter-row${checked ? '' : ' filter-row-off'}`}>
      <label className="filter-label">
        <input type="checkbox" checked={checked} onChange={onChange} aria-describedby={countId} />
        <span>{label}</span>
      </label>
      <span className="filter-count" id={countId}>
        <span aria-hidden="true">
          {visible}
          <span className="filter-count-total">/{total}</span>
        </span>
        <span className="visually-hidden">
          {visible} of {total} shown
        </span>
      </span>
    </div>
  );
}
