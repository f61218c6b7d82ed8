/** Spreadsheets with any headers: guessed roles, the analyst's choices, and workbooks. */
import { describe, expect, it } from 'vitest';
import { FileOpener } from '../../../../src/domain/formats/openFiles';
import {
  buildDatasetFromTables,
  guessMapping,
  headerSignature,
  mappingProblem,
  type TableMapping,
} from '../../../../src/domain/formats/tableImport';
import { readDelimitedTable, type Table } from '../../../../src/domain/formats/tables';
import { readXlsxTables } from '../../../../src/domain/formats/xlsx';
import type { ReadResult } from '../../../../src/domain/formats/readResult';
import { fixture } from '../../../helpers/formatFixtures';

function table(name: string, text: string): Table {
  const read = readDelimitedTable(name, text);
  if (!read.ok) throw new Error(read.message);
  return read.tables[0]!;
}

function loaded(result: ReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('guessing roles', () => {
  it('reads From,To,Type,Source URL as an edge list', () => {
    expect(guessMapping(table('links.csv', 'From,To,Type,Source URL\na,b,owns,\n'))).toEqual({
      use: 'edges',
      roles: ['source', 'target', 'relation', 'sourceUrl'],
    });
  });

  it('does not take Gephi’s Directed/Undirected column for a relation', () => {
    const gephi = table('edges.csv', 'Source,Target,Type,Id,Label,Weight\n1,2,Undirected,0,,1.0\n');
    expect(guessMapping(gephi).roles).toEqual([
      'source',
      'target',
      'attribute',
      'attribute',
      'relation',
      'attribute',
    ]);
  });

  it('reads Id,Label,Category as a node list, and a Name column as the id when there is no id', () => {
    expect(guessMapping(table('n.csv', 'Id,Label,Category\na,A,person\n'))).toEqual({
      use: 'nodes',
      roles: ['id', 'label', 'entityType'],
    });
    expect(guessMapping(table('n.csv', 'Name,Country\nA,FR\n'))).toEqual({
      use: 'nodes',
      roles: ['id', 'attribute'],
    });
  });

  it('leaves a table it cannot place unused', () => {
    expect(guessMapping(table('x.csv', 'alpha,beta\n1,2\n')).use).toBe('skip');
  });

  it('identifies a spreadsheet by its headers, whatever its rows', () => {
    const a = table('a.csv', 'From,To\nx,y\n');
    const b = table('b.csv', 'from , TO\np,q\nr,s\n');
    const c = table('c.csv', 'From,To,Type\nx,y,z\n');
    expect(headerSignature([a])).toBe(headerSignature([b]));
    expect(headerSignature([a])).not.toBe(headerSignature([c]));
  });
});

describe('building a dataset from the chosen roles', () => {
  const links = table(
    'links.csv',
    [
      'From,To,Type,Source URL,Quote,Weight',
      'Acme Holdings,Jean Dupont,employs,https://example.org/registry,"Acme employs Dupont",2',
      'Acme Holdings,Jean Dupont,employs,https://example.org/other,"Dupont works for Acme",2',
      'Jean Dupont,Marie Lefèvre,Member of,,,',
      'Jean Dupont,Acme Holdings,pays,https://example.org/leak,,',
    ].join('\n'),
  );
  const roles: TableMapping = {
    use: 'edges',
    roles: ['source', 'target', 'relation', 'sourceUrl', 'quote', 'attribute'],
  };

  it('makes entities from names, relations from words, and sources from URLs with their quotes', () => {
    const d = loaded(buildDatasetFromTables([links], [roles], { title: 'links' }));
    expect(d.nodes.map((n) => [n.id, n.label, n.type])).toEqual([
      ['acme-holdings', 'Acme Holdings', 'unspecified'],
      ['jean-dupont', 'Jean Dupont', 'unspecified'],
      ['marie-lefevre', 'Marie Lefèvre', 'unspecified'],
    ]);
    // Rows that differ only in the quote are one relation with two quotes.
    expect(d.edges).toHaveLength(3);
    expect(d.edges[0]).toMatchObject({
      relation: 'employs',
      confidence: 'claimed',
      evidence: [
        { source: 'example-org-registry', quote: 'Acme employs Dupont' },
        { source: 'example-org-other', quote: 'Dupont works for Acme' },
      ],
      attributes: { Weight: '2' },
    });
    expect(d.sources[0]).toEqual({
      id: 'example-org-registry',
      title: 'https://example.org/registry',
      publisher: 'example.org',
      url: 'https://example.org/registry',
    });
    // "Member of" is the vocabulary's member_of; "employs" and "pays" become types of their own.
    expect(d.edges[1]).toMatchObject({ relation: 'member_of', evidence: [] });
    expect(d.relationTypes.map((r) => [r.key, r.family])).toEqual([
      ['employs', 'other'],
      ['pays', 'other'],
    ]);
    // A source URL without a quote cannot be evidence: it stays with the relation.
    expect(d.edges[2]).toMatchObject({
      evidence: [],
      attributes: { 'Source URL': 'https://example.org/leak' },
    });
  });

  it('names the row and the column of what it cannot read', () => {
    const bad = table(
      'bad.csv',
      'From,To,Confidence,Start\na,b,sure,2019\nb,c,reported,14/05/2019\n',
    );
    const result = buildDatasetFromTables(
      [bad],
      [{ use: 'edges', roles: ['source', 'target', 'confidence', 'since'] }],
      { title: 'bad' },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      {
        path: 'row 2, column Confidence',
        message: 'must be one of: confirmed, reported, claimed, suspected',
      },
      {
        path: 'row 3, column Start',
        message: 'must be a partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ]);
  });

  it('refuses a quote without a column for its source, and mappings without both ends', () => {
    const result = buildDatasetFromTables(
      [table('q.csv', 'From,To,Quote\na,b,"said so"\n')],
      [{ use: 'edges', roles: ['source', 'target', 'quote'] }],
      { title: 'q' },
    );
    expect(!result.ok && result.errors[0]).toEqual({
      path: 'row 2',
      message:
        'has a quote but no column names its source (choose a column for the source name or URL)',
    });
    expect(mappingProblem([links], [{ use: 'edges', roles: ['source', 'attribute'] }])).toMatch(
      /needs one column for the source and one for the target/,
    );
    expect(mappingProblem([links], [{ use: 'skip', roles: [] }])).toMatch(/at least one table/);
  });

  it('keeps different names apart even when their ids would be the same', () => {
    const d = loaded(
      buildDatasetFromTables(
        [table('ar.csv', 'From,To\nكتائب حزب الله,فيلق القدس\n')],
        [{ use: 'edges', roles: ['source', 'target'] }],
        { title: 'ar' },
      ),
    );
    expect(d.nodes.map((n) => [n.id, n.label])).toEqual([
      ['entity', 'كتائب حزب الله'],
      ['entity-2', 'فيلق القدس'],
    ]);
  });
});

describe('Excel workbooks', () => {
  it('reads each sheet, with dates, formulas, hyperlinks and rich text as text', async () => {
    const { name, bytes } = fixture('links.xlsx');
    const read = await readXlsxTables(name, bytes);
    if (!read.ok) throw new Error(read.message);
    expect(read.tables.map((t) => [t.sheet, t.rows.length])).toEqual([
      ['Entities', 4],
      ['Links', 4],
    ]);
    const [entities, links] = read.tables;
    expect(entities!.rows[3]!.cells).toEqual(['Shell Co. (Cyprus)', 'Company', 'Cyprus', '5']);
    expect(links!.rows[1]!.cells).toEqual([
      'Acme Holdings',
      'Jean Dupont',
      'employs',
      '2019-05-14',
      'https://example.org/registry/acme',
      'from the registry',
    ]);
  });

  it('opens a workbook of entities and links through the guessed roles', async () => {
    const opener = new FileOpener();
    const outcome = await opener.open([fixture('links.xlsx')]);
    if (outcome.kind !== 'tables') throw new Error('expected tables');
    expect(outcome.format).toBe('Excel workbook');
    expect(outcome.tables.map((t) => t.sheet)).toEqual(['Entities', 'Links']);
    const d = loaded(opener.importTables(outcome.token, outcome.guesses));
    expect(d.title).toBe('links.xlsx');
    expect(d.nodes.map((n) => [n.label, n.type])).toEqual([
      ['Acme Holdings', 'organization'],
      ['Jean Dupont', 'person'],
      ['Shell Co. (Cyprus)', 'company'],
      ['Offshore Bank', 'unspecified'],
    ]);
    expect(d.nodes[0]!.attributes).toEqual({ Country: 'France', Staff: '120' });
    expect(d.edges.map((e) => [e.relation, e.since ?? null])).toEqual([
      ['employs', '2019-05-14'],
      ['owns', '2021'],
      ['banks_with', null],
    ]);
    expect(d.entityTypes.map((t) => [t.id, t.label])).toEqual([
      ['company', 'Company'],
      ['unspecified', 'Unspecified'],
    ]);
  });

  it('refuses a file that only pretends to be a workbook, naming the format', async () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 not really a zip').buffer as ArrayBuffer;
    const outcome = await new FileOpener().open([{ name: 'fake.xlsx', bytes }]);
    expect(outcome).toMatchObject({
      kind: 'dataset',
      format: 'Excel workbook',
      result: { ok: false, headline: 'it could not be read as Excel workbook' },
    });
  });
});
