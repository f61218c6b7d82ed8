/**
 * GraphML (opens in yEd, Gephi, Cytoscape desktop, networkx): entities as nodes, relations as
 * directed edges, every field as a declared data key. Quotes travel with their links.
 */
import { buildVocabulary, relationType } from '../relations';
import type { Dataset } from '../schema';
import { EDGE_FIELDS, edgeFields, NODE_FIELDS, nodeFields } from './exportFields';
import { escapeXml, xmlAttributes, XML_DECLARATION } from './xml';

type KeyDomain = 'graph' | 'node' | 'edge';

/** Key ids are unique per document, so node and edge keys of the same name get a prefix. */
function keyId(domain: KeyDomain, name: string): string {
  return `${domain[0]}_${name}`;
}

function keyLines(domain: KeyDomain, names: readonly string[]): string[] {
  return names.map(
    (name) =>
      `  <key${xmlAttributes({
        id: keyId(domain, name),
        for: domain,
        'attr.name': name,
        'attr.type': name === 'formal' ? 'boolean' : 'string',
      })}/>`,
  );
}

function dataLines(
  domain: KeyDomain,
  values: Record<string, string | undefined>,
  indent: string,
): string[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(
      ([name, value]) => `${indent}<data key="${keyId(domain, name)}">${escapeXml(value)}</data>`,
    );
}

export function writeGraphml(dataset: Dataset): string {
  const vocabulary = buildVocabulary(dataset.relationTypes);
  const typeLabels = new Map(dataset.entityTypes.map((t) => [t.id, t.label]));
  const lines = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('graph', ['title']),
    ...keyLines('node', NODE_FIELDS),
    ...keyLines('edge', EDGE_FIELDS),
    '  <graph id="G" edgedefault="directed">',
    ...dataLines('graph', { title: dataset.title }, '    '),
  ];
  for (const node of dataset.nodes)
    lines.push(
      `    <node${xmlAttributes({ id: node.id })}>`,
      ...dataLines('node', nodeFields(node, typeLabels.get(node.type) ?? node.type), '      '),
      '    </node>',
    );
  for (const edge of dataset.edges)
    lines.push(
      `    <edge${xmlAttributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
      ...dataLines('edge', edgeFields(edge, relationType(vocabulary, edge.relation)), '      '),
      '    </edge>',
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
