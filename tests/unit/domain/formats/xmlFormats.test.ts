// @vitest-environment jsdom
/** GraphML and GEXF written from hostile strings must still be well-formed XML that reads back. */
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../../../src/domain/formats/gexf';
import { writeGraphml } from '../../../../src/domain/formats/graphml';
import { escapeXml } from '../../../../src/domain/formats/xml';
import { parseDataset, type Dataset } from '../../../../src/domain/schema';
import { buildDataset, edge, node, quote } from '../../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../../helpers/defaultDataset';

const HOSTILE_LABEL = '<img src=x onerror=alert(1)> & "Q" \'s ]]> <!-- x';
const HOSTILE_QUOTE = '</data><script>alert(1)</script>\nsecond line\ttab';

function hostileDataset(): Dataset {
  const result = parseDataset(
    buildDataset({
      title: 'T & <b>',
      nodes: [
        node('a', { label: HOSTILE_LABEL, summary: 'bell \u0007 and lone \uD800 surrogate' }),
        node('b', { aliases: ['"x"', '<y>'], since: '2008-02', until: '2020' }),
      ],
      edges: [
        edge('a', 'commands', 'b', { id: 'e1', evidence: [quote(HOSTILE_QUOTE)], since: '2007' }),
        edge('a', 'commands', 'a', { id: 'loop' }),
      ],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u001b\uFFFE\uD800ok\u{1F600}`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok\u{1F600}',
    );
  });
});

describe('writeGraphml', () => {
  it('writes well-formed GraphML whose data reads back as the same text', () => {
    const dataset = hostileDataset();
    const doc = parseXml(writeGraphml(dataset));
    expect(doc.documentElement.localName).toBe('graphml');
    expect(doc.getElementsByTagName('node')).toHaveLength(2);
    expect(doc.getElementsByTagName('edge')).toHaveLength(2);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    const data = (owner: Element, key: string) =>
      [...owner.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)
        ?.textContent;
    const [a, b] = [...doc.getElementsByTagName('node')];
    expect(data(a!, 'n_label')).toBe(HOSTILE_LABEL);
    expect(data(a!, 'n_summary')).toBe('bell  and lone  surrogate');
    expect(JSON.parse(data(b!, 'n_aliases')!)).toEqual(['"x"', '<y>']);
    const e1 = doc.getElementsByTagName('edge')[0]!;
    expect([e1.getAttribute('source'), e1.getAttribute('target')]).toEqual(['a', 'b']);
    expect(data(e1, 'e_quotes')).toBe(HOSTILE_QUOTE);
    expect(data(e1, 'e_relation')).toBe('commands');
    // A label is written only where the relation has one of its own.
    expect(data(e1, 'e_label')).toBeUndefined();
  });

  it('declares every data key it uses', () => {
    const doc = parseXml(writeGraphml(loadDefaultDataset()));
    const declared = new Set([...doc.getElementsByTagName('key')].map((k) => k.getAttribute('id')));
    for (const d of doc.getElementsByTagName('data'))
      expect(declared.has(d.getAttribute('key'))).toBe(true);
  });
});

describe('writeGexf', () => {
  it('writes well-formed GEXF with labels, kinds, dates and attributes that read back', () => {
    const dataset = hostileDataset();
    const doc = parseXml(writeGexf(dataset));
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
    const [a, b] = [...doc.getElementsByTagName('node')];
    expect(a!.getAttribute('label')).toBe(HOSTILE_LABEL);
    expect([b!.getAttribute('start'), b!.getAttribute('end')]).toEqual([
      '2008-02-01',
      '2020-12-31',
    ]);
    const e1 = doc.getElementsByTagName('edge')[0]!;
    expect(e1.getAttribute('kind')).toBe('commands');
    expect(e1.getAttribute('start')).toBe('2007-01-01');
    const quotes = [...e1.getElementsByTagName('attvalue')].find(
      (v) => v.getAttribute('for') === 'quotes',
    );
    // Line breaks and tabs survive inside an attribute value.
    expect(quotes?.getAttribute('value')).toBe(HOSTILE_QUOTE);
  });

  it('writes every entity and relation of the default dataset, with declared attributes', () => {
    const dataset = loadDefaultDataset();
    const doc = parseXml(writeGexf(dataset));
    expect(doc.getElementsByTagName('node')).toHaveLength(dataset.nodes.length);
    expect(doc.getElementsByTagName('edge')).toHaveLength(dataset.edges.length);
    const declared = (kind: string) =>
      new Set(
        [...doc.getElementsByTagName('attributes')]
          .filter((a) => a.getAttribute('class') === kind)
          .flatMap((a) =>
            [...a.getElementsByTagName('attribute')].map((x) => x.getAttribute('id')),
          ),
      );
    for (const kind of ['node', 'edge'])
      for (const element of doc.getElementsByTagName(kind))
        for (const value of element.getElementsByTagName('attvalue'))
          expect(declared(kind).has(value.getAttribute('for'))).toBe(true);
  });
});
