import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/domain/formats/csv';
import { relationsToCsv } from '../../../src/domain/relationsCsv';
import { parseDataset } from '../../../src/domain/schema';
import { buildDataset, edge, node } from '../../helpers/datasetBuilder';

function edgesOf(edges: ReturnType<typeof edge>[]) {
  const result = parseDataset(buildDataset({ nodes: [node('a'), node('b')], edges }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset.edges;
}

describe('relationsToCsv', () => {
  it('writes the import columns and one row per quote, with CRLF line ends', () => {
    const csv = relationsToCsv(
      edgesOf([
        edge('a', 'commands', 'b', {
          since: '2007',
          until: '2020-01',
          evidence: [
            { source: 'src', quote: 'first' },
            { source: 'src', quote: 'second' },
          ],
        }),
        edge('b', 'trains', 'a', { confidence: 'suspected' }),
      ]),
    );
    expect(csv).toBe(
      'source,relation,target,since,until,confidence,quote,source_id\r\n' +
        'a,commands,b,2007,2020-01,confirmed,first,src\r\n' +
        'a,commands,b,2007,2020-01,confirmed,second,src\r\n' +
        'b,trains,a,,,suspected,a quote,src\r\n',
    );
  });

  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = relationsToCsv(
      edgesOf([
        edge('a', 'commands', 'b', {
          evidence: [{ source: 'src', quote: 'He said "go", then\nleft' }],
        }),
      ]),
    );
    expect(csv.split('\r\n')[1]).toBe('a,commands,b,,,confirmed,"He said ""go"", then\nleft",src');
  });
});

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('leaves ordinary text alone', () => {
    expect(csvCell('Kata’ib Hizballah')).toBe('Kata’ib Hizballah');
    expect(csvCell('a-b=c')).toBe('a-b=c');
    expect(csvCell('')).toBe('');
  });
});
