/**
 * GraphML (opens in yEd, Gephi, Cytoscape desktop, networkx): entities as nodes, relations as
 * directed edges, every field as a declared data key. Quotes travel with their links.
 */
import { buildVocabulary, relationType } from '../relations';
import type { Dataset } from '../schema';
import { escapeXml, xmlAttributes, XML_DECLARATION } from './xml';

interface Key {
  id: string;
  for: 'node' | 'edge' | 'graph';
  type: 'string' | 'boolean';
}

const KEYS: readonly Key[] = [
  { id: 'title', for: 'graph', type: 'string' },
  { id: 'label', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'aliases', for: 'node', type: 'string' },
  { id: 'summary', for: 'node', type: 'string' },
  { id: 'since', for: 'node', type: 'string' },
  { id: 'until', for: 'node', type: 'string' },
  { id: 'relation', for: 'edge', type: 'string' },
  { id: 'label', for: 'edge', type: 'string' },
  { id: 'family', for: 'edge', type: 'string' },
  { id: 'confidence', for: 'edge', type: 'string' },
  { id: 'formal', for: 'edge', type: 'boolean' },
  { id: 'since', for: 'edge', type: 'string' },
  { id: 'until', for: 'edge', type: 'string' },
  { id: 'quotes', for: 'edge', type: 'string' },
  { id: 'sources', for: 'edge', type: 'string' },
];

/** Key ids are unique per document, so node and edge keys of the same name get a prefix. */
function keyId(key: Pick<Key, 'id' | 'for'>): string {
  return `${key.for === 'graph' ? 'g' : key.for === 'node' ? 'n' : 'e'}_${key.id}`;
}

function dataLines(
  kind: Key['for'],
  values: Record<string, string | undefined>,
  indent: string,
): string[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(
      ([id, value]) =>
        `${indent}<data key="${keyId({ id, for: kind })}">${escapeXml(value)}</data>`,
    );
}

/** Several quotes of one link are separated by a blank line. */
export const QUOTE_SEPARATOR = '\n\n';

export function writeGraphml(dataset: Dataset): string {
  const vocabulary = buildVocabulary(dataset.relationTypes);
  const typeLabels = new Map(dataset.entityTypes.map((t) => [t.id, t.label]));
  const lines = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (key) =>
        `  <key${xmlAttributes({ id: keyId(key), for: key.for, 'attr.name': key.id, 'attr.type': key.type })}/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
    ...dataLines('graph', { title: dataset.title }, '    '),
  ];
  for (const node of dataset.nodes) {
    lines.push(`    <node${xmlAttributes({ id: node.id })}>`);
    lines.push(
      ...dataLines(
        'node',
        {
          label: node.label,
          type: typeLabels.get(node.type) ?? node.type,
          aliases: node.aliases.join(', '),
          summary: node.summary,
          since: node.since,
          until: node.until,
        },
        '      ',
      ),
    );
    lines.push('    </node>');
  }
  for (const edge of dataset.edges) {
    const relation = relationType(vocabulary, edge.relation);
    lines.push(
      `    <edge${xmlAttributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
    );
    lines.push(
      ...dataLines(
        'edge',
        {
          relation: edge.relation,
          label: edge.label ?? relation.label,
          family: relation.family,
          confidence: edge.confidence,
          formal: edge.formal === undefined ? undefined : String(edge.formal),
          since: edge.since,
          until: edge.until,
          quotes: edge.evidence.map((e) => e.quote).join(QUOTE_SEPARATOR),
          sources: [...new Set(edge.evidence.map((e) => e.source))].join(', '),
        },
        '      ',
      ),
    );
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
