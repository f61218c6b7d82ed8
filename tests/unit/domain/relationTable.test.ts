import { describe, expect, it } from 'vitest';
import {
  filterRelationRows,
  relationRows,
  sortRelationRows,
} from '../../../src/domain/relationTable';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node, quote } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: [
    node('kh', { label: "Kata'ib Hizballah" }),
    node('pmf', { label: 'Popular Mobilization Forces' }),
    node('abu', { label: 'Abu Fadak', type: 'person' }),
  ],
  edges: [
    edge('abu', 'leads', 'pmf', {
      id: 'abu-pmf',
      label: 'acting chief of staff',
      since: '2020-02',
      confidence: 'reported',
      evidence: [quote('first quote'), quote('second quote')],
    }),
    edge('kh', 'part_of', 'pmf', { id: 'kh-pmf', since: '2014', confidence: 'confirmed' }),
    edge('abu', 'member_of', 'kh', { id: 'abu-kh', confidence: 'suspected' }),
    edge('kh', 'controls', 'pmf', { id: 'kh-pmf-2', until: '2010', confidence: 'claimed' }),
  ],
});
const allRows = relationRows(index, computeView(index, getDefaultViewState()));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('relationRows', () => {
  it('describes each visible relation by its ends, type, role, dates and first quote', () => {
    expect(allRows.find((r) => r.id === 'abu-pmf')).toMatchObject({
      source: 'Abu Fadak',
      relation: 'leads',
      role: 'acting chief of staff',
      target: 'Popular Mobilization Forces',
      dates: 'since February 2020',
      confidence: 'reported',
      quote: 'first quote',
    });
  });

  it('leaves out relations the view hides', () => {
    const view = computeView(index, { ...getDefaultViewState(), hiddenRelations: ['leads'] });
    expect(ids(relationRows(index, view))).not.toContain('abu-pmf');
    expect(relationRows(index, view)).toHaveLength(allRows.length - 1);
  });
});

describe('sortRelationRows', () => {
  it('sorts by a text column both ways', () => {
    const up = sortRelationRows(allRows, { column: 'target', direction: 'ascending' });
    expect(up.map((r) => r.target)).toEqual([
      "Kata'ib Hizballah",
      'Popular Mobilization Forces',
      'Popular Mobilization Forces',
      'Popular Mobilization Forces',
    ]);
    const down = sortRelationRows(allRows, { column: 'target', direction: 'descending' });
    expect(down.at(-1)?.target).toBe("Kata'ib Hizballah");
  });

  it('sorts confidence from confirmed to suspected', () => {
    const rows = sortRelationRows(allRows, { column: 'confidence', direction: 'ascending' });
    expect(rows.map((r) => r.confidence)).toEqual([
      'confirmed',
      'reported',
      'claimed',
      'suspected',
    ]);
  });

  it('sorts by date, keeping undated relations last in both directions', () => {
    const up = sortRelationRows(allRows, { column: 'dates', direction: 'ascending' });
    expect(ids(up)).toEqual(['kh-pmf-2', 'kh-pmf', 'abu-pmf', 'abu-kh']);
    const down = sortRelationRows(allRows, { column: 'dates', direction: 'descending' });
    expect(ids(down)).toEqual(['abu-pmf', 'kh-pmf', 'kh-pmf-2', 'abu-kh']);
  });

  it('does not change the rows it is given', () => {
    const before = ids(allRows);
    sortRelationRows(allRows, { column: 'source', direction: 'descending' });
    expect(ids(allRows)).toEqual(before);
  });
});

describe('filterRelationRows', () => {
  it('keeps rows containing every word, in any column, folded like search', () => {
    expect(ids(filterRelationRows(allRows, 'kataib'))).toEqual(['kh-pmf', 'abu-kh', 'kh-pmf-2']);
    expect(ids(filterRelationRows(allRows, 'Kata’ib popular'))).toEqual(['kh-pmf', 'kh-pmf-2']);
    expect(ids(filterRelationRows(allRows, 'first quote'))).toEqual(['abu-pmf']);
    expect(ids(filterRelationRows(allRows, 'suspected'))).toEqual(['abu-kh']);
  });

  it('keeps everything for an empty filter', () => {
    expect(filterRelationRows(allRows, '  ')).toHaveLength(allRows.length);
  });
});
