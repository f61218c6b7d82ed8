/**
 * The Import dialog, for tables whose columns are not our own: each table (a CSV file, a sheet of
 * a workbook) is read as an edge list, a node list or not at all; each column gets a role, guessed
 * from its header; the first rows are shown as they will be read. The choices can be remembered
 * for this spreadsheet (by its header signature), so that it opens in one step next time.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  mappingProblem,
  ROLE_LABELS,
  ROLES_BY_KIND,
  type ColumnRole,
  type TableMapping,
  type TableUse,
} from '../../domain/formats/tableImport';
import { describeProblems, type ReadResult } from '../../domain/formats/readResult';
import type { ImportRequest } from './importRequest';
import './importDialog.css';

export interface ImportDialogProps {
  request: ImportRequest;
  /** Called with the dataset the choices gave, and whether to remember them. */
  onImported: (result: ReadResult, mappings: TableMapping[], remember: boolean) => void;
  onCancel: () => void;
}

const USES: { value: TableUse; label: string }[] = [
  { value: 'edges', label: 'Edge list (one relation per row)' },
  { value: 'nodes', label: 'Node list (one entity per row)' },
  { value: 'skip', label: 'Not imported' },
];

/** The roles offered for a use; a table not imported keeps its roles for when it is again. */
function rolesFor(use: TableUse): readonly ColumnRole[] {
  return use === 'skip' ? [] : ROLES_BY_KIND[use];
}

export function ImportDialog({ request, onImported, onCancel }: ImportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [mappings, setMappings] = useState<TableMapping[]>(request.guesses);
  const [shown, setShown] = useState(() =>
    Math.max(
      0,
      request.guesses.findIndex((g) => g.use === 'edges'),
    ),
  );
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.open = true;
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  const table = request.tables[shown]!;
  const mapping = mappings[shown]!;
  const tablesForCheck = request.tables.map((t) => ({ name: t.name, sheet: t.sheet, rows: [] }));
  const problem = mappingProblem(tablesForCheck, mappings);

  const update = (patch: Partial<TableMapping>) =>
    setMappings((all) => all.map((m, i) => (i === shown ? { ...m, ...patch } : m)));

  const changeUse = (use: TableUse) => {
    // Roles that the new kind of list has no use for become attributes.
    const allowed = rolesFor(use);
    update({
      use,
      roles: mapping.roles.map((r) => (use === 'skip' || allowed.includes(r) ? r : 'attribute')),
    });
  };

  const changeRole = (column: number, role: ColumnRole) =>
    update({ roles: mapping.roles.map((r, i) => (i === column ? role : r)) });

  const runImport = async () => {
    if (busy || problem) return;
    setBusy(true);
    setProblems([]);
    try {
      const result = await request.importTables(mappings);
      if (result.ok) onImported(result, mappings, remember);
      else
        setProblems([
          result.headline ?? `${result.errors.length} problem(s)`,
          ...describeProblems(result.errors),
        ]);
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  const rolesOffered = rolesFor(mapping.use);

  return createPortal(
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby={`${ids}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <header className="import-header">
        <h2 id={`${ids}-heading`}>Import</h2>
        <p className="import-origin">
          {request.origin} · {request.format}
        </p>
      </header>

      <div className="import-body">
        <div className="import-choices">
          {request.tables.length > 1 && (
            <div className="import-field">
              <label htmlFor={`${ids}-sheet`}>Sheet</label>
              <select
                id={`${ids}-sheet`}
                value={shown}
                onChange={(e) => setShown(Number(e.target.value))}
              >
                {request.tables.map((t, i) => (
                  <option key={t.name} value={i}>
                    {t.sheet ?? t.name} ({t.rowCount} rows) —{' '}
                    {USES.find((u) => u.value === mappings[i]!.use)!.label.split(' (')[0]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="import-field">
            <label htmlFor={`${ids}-use`}>
              Read {request.tables.length > 1 ? 'this sheet' : 'the table'} as
            </label>
            <select
              id={`${ids}-use`}
              value={mapping.use}
              onChange={(e) => changeUse(e.target.value as TableUse)}
            >
              {USES.map((u) => (
                <option key={u.value} value={u.value}>
                  {u.label}
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className="import-table-wrap">
          <table className="import-table">
            <caption className="visually-hidden">
              Columns of {table.sheet ?? table.name}, their roles and the first rows
            </caption>
            <thead>
              <tr>
                {table.headers.map((header, column) => (
                  <th key={column} scope="col">
                    <span className="import-header-name">{header || `column ${column + 1}`}</span>
                    {mapping.use !== 'skip' && (
                      <select
                        aria-label={`Role of column ${header || column + 1}`}
                        value={mapping.roles[column] ?? 'attribute'}
                        onChange={(e) => changeRole(column, e.target.value as ColumnRole)}
                      >
                        {rolesOffered.map((role) => (
                          <option key={role} value={role}>
                            {ROLE_LABELS[role]}
                          </option>
                        ))}
                      </select>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((cells, row) => (
                <tr key={row}>
                  {table.headers.map((_, column) => (
                    <td
                      key={column}
                      className={mapping.roles[column] === 'skip' ? 'import-skipped' : undefined}
                    >
                      {cells[column] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="import-note">
          First {table.rows.length} of {table.rowCount} rows. Columns kept as attributes are shown
          in Details and written back by the exports. Rows without a quote load as unsourced.
        </p>

        {(problem || problems.length > 0) && (
          <div className="import-problems" role="alert">
            {problem ? (
              <p>{problem}</p>
            ) : (
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <footer className="import-footer">
        <label className="import-remember">
          <input
            type="checkbox"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
          />
          Remember these choices for this spreadsheet
        </label>
        <div className="import-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy || problem !== null || undefined}
            onClick={() => void runImport()}
          >
            Import
          </button>
        </div>
      </footer>
    </dialog>,
    document.body,
  );
}

export default ImportDialog;
