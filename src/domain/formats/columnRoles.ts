/**
 * What a column of an imported table can be (see tableImport.ts). A leaf module: the remembered
 * imports check stored choices against it without loading the importer.
 */
export const COLUMN_ROLES = [
  'source',
  'target',
  'relation',
  'id',
  'label',
  'entityType',
  'aliases',
  'summary',
  'since',
  'until',
  'confidence',
  'quote',
  'sourceName',
  'sourceUrl',
  'attribute',
  'skip',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];
