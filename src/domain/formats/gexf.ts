/**
 * GEXF 1.3 (Gephi's own format): entities and relations with their fields as attributes, and
 * dates as a dynamic graph so that Gephi's timeline can play the network. A partial date spans
 * its whole period: `since: 2008` starts on 2008-01-01, `until: 2020-01` ends on 2020-01-31.
 */
import { dayToIso, parsePartialDate } from '../dates';
import { buildVocabulary, relationType } from '../relations';
import type { Dataset } from '../schema';
import { EDGE_FIELDS, edgeFields, NODE_FIELDS, nodeFields } from './exportFields';
import { escapeXml, xmlAttributes, XML_DECLARATION } from './xml';

// GEXF gives nodes and edges a label of their own; the other fields become attributes.
const NODE_ATTRIBUTES = NODE_FIELDS.filter((f) => f !== 'label');
const EDGE_ATTRIBUTES = EDGE_FIELDS.filter((f) => f !== 'label');

function firstDay(date: string | undefined): string | undefined {
  const parsed = date === undefined ? null : parsePartialDate(date);
  return parsed ? dayToIso(parsed.firstDay) : undefined;
}

function lastDay(date: string | undefined): string | undefined {
  const parsed = date === undefined ? null : parsePartialDate(date);
  return parsed ? dayToIso(parsed.lastDay) : undefined;
}

function declarations(kind: 'node' | 'edge', names: readonly string[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...names.map(
      (name) =>
        `      <attribute${xmlAttributes({ id: name, title: name, type: name === 'formal' ? 'boolean' : 'string' })}/>`,
    ),
    '    </attributes>',
  ];
}

function attributeValues(values: Record<string, string | undefined>): string[] {
  const present = Object.entries(values).filter(
    (entry): entry is [string, string] =>
      entry[0] !== 'label' && entry[1] !== undefined && entry[1] !== '',
  );
  if (present.length === 0) return [];
  return [
    '        <attvalues>',
    ...present.map(
      ([name, value]) => `          <attvalue${xmlAttributes({ for: name, value })}/>`,
    ),
    '        </attvalues>',
  ];
}

export function writeGexf(dataset: Dataset): string {
  const vocabulary = buildVocabulary(dataset.relationTypes);
  const typeLabels = new Map(dataset.entityTypes.map((t) => [t.id, t.label]));
  const lines = [
    XML_DECLARATION,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Linkboard</creator>',
    `    <description>${escapeXml(dataset.title)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of dataset.nodes) {
    lines.push(
      `      <node${xmlAttributes({ id: node.id, label: node.label, start: firstDay(node.since), end: lastDay(node.until) })}>`,
      ...attributeValues(nodeFields(node, typeLabels.get(node.type) ?? node.type)),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of dataset.edges) {
    const relation = relationType(vocabulary, edge.relation);
    lines.push(
      `      <edge${xmlAttributes({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        // Gephi keeps parallel edges apart when their kinds differ.
        kind: edge.relation,
        label: edge.label ?? relation.label,
        start: firstDay(edge.since),
        end: lastDay(edge.until),
      })}>`,
      ...attributeValues(edgeFields(edge, relation)),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
