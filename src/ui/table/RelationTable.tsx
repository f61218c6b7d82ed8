import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  filterRelationRows,
  sortRelationRows,
  type RelationColumn,
  type RelationRow,
  type RelationSort,
} from '../../domain/relationTable';
import { selectRelationRows } from '../../store/selectors';
import { useLinkboard } from '../../store/store';
import './table.css';
import { PaneSplitter } from './PaneSplitter';

const COLUMN_LABELS: Record<RelationColumn, string> = {
  source: 'Source',
  relation: 'Relation',
  target: 'Target',
  dates: 'Dates',
  confidence: 'Confidence',
  quote: 'First quote',
};

const COLUMNS = Object.keys(COLUMN_LABELS) as RelationColumn[];

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: RelationColumn;
  sort: RelationSort;
  onSort: (column: RelationColumn) => void;
}) {
  const sorted = sort.column === column;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : undefined} className={`col-${column}`}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {COLUMN_LABELS[column]}
        <span className="sort-arrow" aria-hidden="true">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function Row({
  row,
  selected,
  tabbable,
  onChoose,
  onKeyDown,
}: {
  row: RelationRow;
  selected: boolean;
  tabbable: boolean;
  onChoose: (row: RelationRow) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, row: RelationRow) => void;
}) {
  return (
    <tr
      tabIndex={tabbable ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      data-row-id={row.id}
      onClick={() => onChoose(row)}
      onKeyDown={(e) => onKeyDown(e, row)}
    >
      <td>{row.source}</td>
      <td>
        {row.relation}
        {row.role && <span className="table-role"> ({row.role})</span>}
      </td>
      <td>{row.target}</td>
      <td className="table-dates">{row.dates}</td>
      <td>
        <span className={`confidence-text confidence-text-${row.confidence}`}>
          {row.confidence}
        </span>
      </td>
      <td>
        <div className="table-quote">{row.quote}</div>
      </td>
    </tr>
  );
}

/**
 * The visible relations as a table: the accessible alternative to the canvas. Sort by any column,
 * filter by text; rows are one tab stop (arrows move between them), Enter or a click selects.
 */
export function RelationTable() {
  const open = useLinkboard((s) => s.tableOpen);
  // Rows are built, sorted and filtered only while the table is open: on large graphs that work
  // would otherwise weigh on every filter change.
  const rows = useLinkboard((s) => (s.tableOpen ? selectRelationRows(s) : null));
  const selection = useLinkboard((s) => s.view.selection);
  const select = useLinkboard((s) => s.select);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<RelationSort>({ column: 'source', direction: 'ascending' });
  const [cursor, setCursor] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const filterId = useId();
  const panelId = useId();
  const share = useLinkboard((s) => s.tableShare);
  const rowElement = (id: string) =>
    bodyRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"]`);

  const shown = useMemo(
    () => (rows ? sortRelationRows(filterRelationRows(rows, filter), sort) : []),
    [rows, filter, sort],
  );
  const selectedId = selection?.kind === 'edge' ? selection.id : null;

  useEffect(() => {
    // A relation chosen elsewhere (canvas, Details) scrolls into view here.
    if (!selectedId) return;
    rowElement(selectedId)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId, open]);

  if (!open || !rows) return null;

  const tabbableId =
    [cursor, selectedId].find((id) => id && shown.some((r) => r.id === id)) ?? shown[0]?.id;

  const onSort = (column: RelationColumn) =>
    setSort((s) => ({
      column,
      direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const choose = (row: RelationRow) => {
    setCursor(row.id);
    select({ kind: 'edge', id: row.id });
  };

  const moveTo = (position: number) => {
    const target = shown[Math.max(0, Math.min(shown.length - 1, position))];
    if (!target) return;
    setCursor(target.id);
    bodyRef.current
      ?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(target.id)}"]`)
      ?.focus();
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, row: RelationRow) => {
    const position = shown.indexOf(row);
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      Home: 0,
      End: shown.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] as number);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(row);
    }
  };

  return (
    <>
      <PaneSplitter controls={panelId} />
      <section
        id={panelId}
        className="relation-table-panel"
        aria-labelledby="relation-table-heading"
        style={{ height: `${Math.round(share * 1000) / 10}%` }}
      >
        <div className="relation-table-bar">
          <h2 id="relation-table-heading">Relations table</h2>
          <label htmlFor={filterId} className="relation-table-filter-label">
            Filter relations
          </label>
          <input
            id={filterId}
            type="search"
            className="relation-table-filter"
            value={filter}
            placeholder="Any column…"
            onChange={(e) => setFilter(e.target.value)}
          />
          <span className="relation-table-count" aria-live="polite">
            {shown.length === rows.length
              ? `${rows.length} visible relation${rows.length === 1 ? '' : 's'}`
              : `${shown.length} of ${rows.length} visible relations`}
          </span>
        </div>
        <div className="relation-table-scroll">
          <table className="relation-table">
            <caption className="visually-hidden">
              Relations shown on the canvas. Choose a row to read its evidence in Details.
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <SortHeader key={column} column={column} sort={sort} onSort={onSort} />
                ))}
              </tr>
            </thead>
            <tbody ref={bodyRef}>
              {shown.map((row) => (
                <Row
                  key={row.id}
                  row={row}
                  selected={row.id === selectedId}
                  tabbable={row.id === tabbableId}
                  onChoose={choose}
                  onKeyDown={onRowKeyDown}
                />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="relation-table-empty">No relation matches.</p>}
        </div>
      </section>
    </>
  );
}
