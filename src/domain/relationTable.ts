/**
 * The visible relations as table rows (the accessible alternative to the canvas), with sorting by
 * any column and a text filter that folds spellings the same way search does.
 */
import { formatInterval, parsePartialDate } from './dates';
import type { GraphIndex } from './graphIndex';
import { CONFIDENCE_LEVELS, type Confidence } from './confidence';
import { foldForSearch } from './search';
import type { GraphView } from './view';

export interface RelationRow {
  id: string;
  sourceId: string;
  source: string;
  /** The relation type's label, such as `leads`. */
  relation: string;
  /** The relation's own label when it has one, such as `commander`. */
  role: string;
  targetId: string;
  target: string;
  dates: string;
  /** The day the relation is known from (its start, else its end), for sorting; null if undated. */
  sortDay: number | null;
  confidence: Confidence;
  quote: string;
  /** Every column folded into one string, for the text filter. */
  folded: string;
}

export const RELATION_TABLE_COLUMNS = [
  'source',
  'relation',
  'target',
  'dates',
  'confidence',
  'quote',
] as const;
export type RelationColumn = (typeof RELATION_TABLE_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RelationSort {
  column: RelationColumn;
  direction: SortDirection;
}

function sortDayOf(since?: string, until?: string): number | null {
  const date = parsePartialDate(since ?? until ?? '');
  return date ? date.firstDay : null;
}

export function relationRows(index: GraphIndex, view: GraphView): RelationRow[] {
  const rows: RelationRow[] = [];
  const labelOf = (id: string) => index.nodesById.get(id)?.label ?? id;
  for (const edge of index.dataset.edges) {
    if (!view.edgeIds.has(edge.id)) continue;
    const type = index.relationOf(edge);
    const row = {
      id: edge.id,
      sourceId: edge.source,
      source: labelOf(edge.source),
      relation: type.label,
      role: edge.label && edge.label !== type.label ? edge.label : '',
      targetId: edge.target,
      target: labelOf(edge.target),
      dates: formatInterval(edge.since, edge.until),
      sortDay: sortDayOf(edge.since, edge.until),
      confidence: edge.confidence,
      quote: edge.evidence[0]?.quote ?? '',
    };
    const folded = foldForSearch(
      [row.source, row.relation, row.role, row.target, row.dates, row.confidence, row.quote].join(
        ' ',
      ),
    );
    rows.push({ ...row, folded });
  }
  return rows;
}

/** Rows containing every word of the filter text (folded like search: kataib finds Kata'ib). */
export function filterRelationRows(rows: readonly RelationRow[], text: string): RelationRow[] {
  const words = foldForSearch(text).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => words.every((w) => row.folded.includes(w)));
}

// One collator for every comparison: String.localeCompare builds one per call, which is slow on
// tens of thousands of rows.
const collator = new Intl.Collator();

function compareBy(column: RelationColumn, a: RelationRow, b: RelationRow): number {
  switch (column) {
    case 'dates':
      return (a.sortDay ?? 0) - (b.sortDay ?? 0);
    case 'confidence':
      return CONFIDENCE_LEVELS.indexOf(a.confidence) - CONFIDENCE_LEVELS.indexOf(b.confidence);
    default:
      return collator.compare(a[column], b[column]);
  }
}

/**
 * Sorted copy. Undated rows stay last in both directions, since "no date" is not early or late;
 * ties keep the dataset order.
 */
export function sortRelationRows(rows: readonly RelationRow[], sort: RelationSort): RelationRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => {
      if (sort.column === 'dates' && (a.row.sortDay === null) !== (b.row.sortDay === null))
        return a.row.sortDay === null ? 1 : -1;
      return sign * compareBy(sort.column, a.row, b.row) || a.position - b.position;
    })
    .map(({ row }) => row);
}
