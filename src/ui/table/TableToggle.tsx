import { useLinkboard } from '../../store/store';

/** The toolbar button that shows or hides the relations table. */
export function TableToggle() {
  const open = useLinkboard((s) => s.tableOpen);
  const setTableOpen = useLinkboard((s) => s.setTableOpen);
  return (
    <button type="button" aria-pressed={open} onClick={() => setTableOpen(!open)}>
      Table
    </button>
  );
}
