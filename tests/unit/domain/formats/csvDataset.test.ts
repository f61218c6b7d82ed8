import { describe, expect, it } from 'vitest';
import {
  idFromText,
  ownCsvKind,
  readCsvDataset,
  relationKeyFromText,
  UNSPECIFIED_TYPE,
  writeEdgeCsv,
  writeNodeCsv,
} from '../../../../src/domain/formats/csvDataset';
import type { ReadResult } from '../../../../src/domain/formats/readResult';
import { readDelimitedTable } from '../../../../src/domain/formats/tables';
import type { Dataset } from '../../../../src/domain/schema';
import { loadDefaultDataset } from '../../../helpers/defaultDataset';

const HEADER = 'source,relation,target,since,until,confidence,quote,source_id';

function edges(...rows: string[]) {
  return { name: 'edges.csv', text: [HEADER, ...rows].join('\n') };
}

function loaded(result: ReadResult): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

function errorsOf(result: ReadResult) {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('readCsvDataset', () => {
  it('reads an edge list into entities, relations and sources', () => {
    const dataset = loaded(
      readCsvDataset(
        edges(
          'Qassem Soleimani,leads,quds-force,,2020-01,confirmed,"the late commander",War on the Rocks',
          'quds-force,Controls,KH,2007,,reported,"KH is a Quds Force creation",wotr',
        ),
      ),
    );
    expect(dataset.title).toBe('edges.csv');
    expect(dataset.nodes.map((n) => [n.id, n.label, n.type])).toEqual([
      ['qassem-soleimani', 'Qassem Soleimani', 'unspecified'],
      ['quds-force', 'quds-force', 'unspecified'],
      ['KH', 'KH', 'unspecified'],
    ]);
    expect(dataset.entityTypes).toEqual([UNSPECIFIED_TYPE]);
    expect(dataset.edges[1]).toMatchObject({
      id: 'row-3',
      source: 'quds-force',
      relation: 'controls',
      target: 'KH',
      since: '2007',
      confidence: 'reported',
      evidence: [{ source: 'wotr', quote: 'KH is a Quds Force creation' }],
    });
    expect(dataset.sources).toEqual([
      { id: 'war-on-the-rocks', title: 'War on the Rocks', publisher: 'Unknown' },
      { id: 'wotr', title: 'wotr', publisher: 'Unknown' },
    ]);
  });

  it('joins rows that differ only in the quote into one relation with several quotes', () => {
    const dataset = loaded(
      readCsvDataset(
        edges('a,commands,b,,,confirmed,first,s', 'a,commands,b,,,confirmed,second,s'),
      ),
    );
    expect(dataset.edges).toHaveLength(1);
    expect(dataset.edges[0]?.evidence.map((e) => e.quote)).toEqual(['first', 'second']);
  });

  it('uses a node list for types, labels and aliases, matched by id or label', () => {
    const dataset = loaded(
      readCsvDataset(edges('kh,member_of,Popular Mobilization Forces,,,confirmed,q,s'), {
        name: 'nodes.csv',
        text: 'id,type,label,aliases,summary,since,until\nkh,organization,Kata\'ib Hizballah,KH | Kataib Hezbollah,,2007,\npmf,Organization,Popular Mobilization Forces,,"An umbrella, of militias",,',
      }),
    );
    expect(dataset.title).toBe('edges.csv and nodes.csv');
    expect(dataset.nodes.map((n) => [n.id, n.type, n.label, n.aliases])).toEqual([
      ['kh', 'organization', "Kata'ib Hizballah", ['KH', 'Kataib Hezbollah']],
      ['pmf', 'organization', 'Popular Mobilization Forces', []],
    ]);
    expect(dataset.edges[0]).toMatchObject({ source: 'kh', target: 'pmf' });
    expect(dataset.nodes[1]?.summary).toBe('An umbrella, of militias');
  });

  it('declares node list types beyond the built-in ones', () => {
    const dataset = loaded(
      readCsvDataset(edges('a,uses,b,,,claimed,q,s'), {
        name: 'nodes.csv',
        text: 'id,type\na,Vehicle\nb,',
      }),
    );
    expect(dataset.entityTypes.map((t) => t.id)).toEqual(['vehicle', 'unspecified']);
  });

  it('warns about edge ends missing from the node list, and keeps other columns as attributes', () => {
    const result = readCsvDataset(
      { name: 'edges.csv', text: `${HEADER},colour\na,commands,ghost,,,confirmed,q,s,red` },
      { name: 'nodes.csv', text: 'id\na' },
    );
    expect(result.ok && result.dataset.edges[0]?.attributes).toEqual({ colour: 'red' });
    expect(result.warnings).toEqual([
      {
        path: 'edges.csv row 2, column target',
        message: '"ghost" is not in nodes.csv: added as an entity of type Unspecified',
      },
    ]);
  });

  it('pairs every quote with its source, and reads a row with neither as unsourced', () => {
    expect(
      errorsOf(readCsvDataset(edges('a,commands,b,,,confirmed,,s', 'a,commands,b,,,confirmed,q,'))),
    ).toEqual([
      {
        path: 'row 2, column quote',
        message:
          'is empty: every source needs the verbatim quote it supports (leave both empty for an unsourced relation)',
      },
      {
        path: 'row 3, column source_id',
        message: 'is empty: name the source the quote comes from',
      },
    ]);
    expect(loaded(readCsvDataset(edges('a,commands,b,,,confirmed,,'))).edges[0]?.evidence).toEqual(
      [],
    );
  });

  it('locates schema errors by row and column', () => {
    const errors = errorsOf(
      readCsvDataset(
        edges(
          'a,commands,b,,,confirmed,q,s',
          'a,commands,b,,,likely,q,s',
          'a,commands,b,2020-02-30,,confirmed,q,s',
        ),
      ),
    );
    expect(errors).toEqual([
      {
        path: 'row 3, column confidence',
        message: 'must be one of: confirmed, reported, claimed, suspected',
      },
      { path: 'row 4, column since', message: 'is not a real calendar date' },
    ]);
    expect(errorsOf(readCsvDataset(edges('a,commands,b,2020,2019,confirmed,q,s')))).toEqual([
      { path: 'row 2, column until', message: '"until" (2019) is before "since" (2020)' },
    ]);
  });

  it('reports missing columns, too many fields and broken quoting', () => {
    expect(errorsOf(readCsvDataset({ name: 'e.csv', text: 'source,target\na,b' }))[0]).toEqual({
      path: 'row 1',
      message:
        'missing columns `relation`, `confidence`, `quote`, `source_id` (the header must be source,relation,target,since,until,confidence,quote,source_id)',
    });
    expect(errorsOf(readCsvDataset(edges('a,commands,b,,,confirmed,q,s,extra')))).toEqual([
      {
        path: 'row 2',
        message: 'has 9 fields but the header has 8 (a field with a comma needs double quotes)',
      },
    ]);
    expect(errorsOf(readCsvDataset(edges('a,commands,b,,,confirmed,"q,s')))[0]?.path).toBe('row 2');
  });

  it('reports duplicate ids in the node list by row', () => {
    const errors = errorsOf(
      readCsvDataset(edges('a,commands,b,,,confirmed,q,s'), {
        name: 'nodes.csv',
        text: 'id,label\na,A\nb,B\na,Again',
      }),
    );
    expect(errors).toEqual([
      {
        path: 'nodes.csv row 4, column id',
        message: 'duplicate id "a" (first at nodes.csv row 2)',
      },
    ]);
  });

  it('reads back the edge and node lists it writes from the default dataset', () => {
    const original = loadDefaultDataset();
    const dataset = loaded(
      readCsvDataset(
        { name: 'edges.csv', text: writeEdgeCsv(original) },
        { name: 'nodes.csv', text: writeNodeCsv(original) },
      ),
    );
    const nodeFields = (d: Dataset) =>
      d.nodes.map(({ id, type, label, aliases, summary, since, until }) => ({
        id,
        type,
        label,
        aliases,
        summary,
        since,
        until,
      }));
    const edgeFields = (d: Dataset) =>
      d.edges.map(({ source, relation, target, since, until, confidence, evidence }) => ({
        source,
        relation,
        target,
        since,
        until,
        confidence,
        // The edge list has no column for a quote's note.
        evidence: evidence.map(({ source, quote }) => ({ source, quote })),
      }));
    expect(nodeFields(dataset)).toEqual(nodeFields(original));
    expect(edgeFields(dataset)).toEqual(edgeFields(original));
  });
});

describe('CSV helpers', () => {
  it('tells an edge list from a node list by its header', () => {
    const kind = (text: string) => {
      const read = readDelimitedTable('x.csv', text);
      return read.ok ? ownCsvKind(read.tables[0]!) : 'unreadable';
    };
    expect(kind(`\uFEFF${HEADER}\r\n`)).toBe('edges');
    expect(kind('"ID","Label"\n')).toBe('nodes');
    expect(kind('name,value')).toBeNull();
    // Source and target alone are a foreign edge list: the Import dialog reads it.
    expect(kind('Source,Target,Weight')).toBeNull();
  });

  it('makes ids from words and relation keys from phrases', () => {
    expect(idFromText('kataib-hizballah')).toBe('kataib-hizballah');
    expect(idFromText("Kata'ib Ḥizballah")).toBe('kataib-hizballah');
    expect(idFromText('<script>')).toBe('script');
    expect(idFromText('!!!')).toBe('entity');
    expect(relationKeyFromText(' Member of ')).toBe('member_of');
    expect(relationKeyFromText('affiliated_with')).toBe('affiliated_with');
  });
});
