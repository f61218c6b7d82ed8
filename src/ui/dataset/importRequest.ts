import type { TablePreview } from '../../domain/formats/openFiles';
import type { ReadResult } from '../../domain/formats/readResult';
import type { TableMapping } from '../../domain/formats/tableImport';

/** Tables waiting for the Import dialog: what it shows, and how to finish or drop them. */
export interface ImportRequest {
  /** The file name(s), as notices name them. */
  origin: string;
  format: string;
  tables: TablePreview[];
  guesses: TableMapping[];
  signature: string;
  /** Builds the dataset as the dialog's choices say; the result is not loaded yet. */
  importTables: (mappings: TableMapping[]) => Promise<ReadResult>;
  cancel: () => void;
}
