/**
 * The Import dialog's choices, remembered per spreadsheet (by its header signature) in this
 * browser's storage, so the same spreadsheet opens in one step next time. What cannot be read
 * back (an older or damaged entry, columns that changed) is ignored. Kept through the same
 * storage backend as everything else (src/app/persistence/), under `linkboard:import:<signature>`:
 * the key names the spreadsheet's columns rather than a dataset, which does not exist yet.
 */
import { COLUMN_ROLES } from '../domain/formats/columnRoles';
import type { TableMapping } from '../domain/formats/tableImport';
import { webStorageBackend, type ImmediateStorageBackend } from './persistence/backend';

export const REMEMBERED_IMPORT_PREFIX = 'linkboard:import:';

function isMapping(value: unknown): value is TableMapping {
  if (value === null || typeof value !== 'object') return false;
  const { use, roles } = value as Record<string, unknown>;
  return (
    (use === 'edges' || use === 'nodes' || use === 'skip') &&
    Array.isArray(roles) &&
    roles.every((r) => (COLUMN_ROLES as readonly unknown[]).includes(r))
  );
}

export function recallImport(
  signature: string,
  storage: ImmediateStorageBackend | null = webStorageBackend(),
): TableMapping[] | null {
  try {
    const text = storage?.get(REMEMBERED_IMPORT_PREFIX + signature);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every(isMapping) ? value : null;
  } catch {
    return null;
  }
}

export function rememberImport(
  signature: string,
  mappings: readonly TableMapping[],
  storage: ImmediateStorageBackend | null = webStorageBackend(),
): void {
  try {
    storage?.set(REMEMBERED_IMPORT_PREFIX + signature, JSON.stringify(mappings));
  } catch {
    // A browser that refuses storage only loses the shortcut.
  }
}

export function forgetImport(
  signature: string,
  storage: ImmediateStorageBackend | null = webStorageBackend(),
): void {
  try {
    storage?.delete(REMEMBERED_IMPORT_PREFIX + signature);
  } catch {
    // Nothing to forget.
  }
}
