/**
 * GraphML (yEd, Gephi, networkx, igraph, Cytoscape desktop, Maltego), both ways.
 *
 * Reading: `<key>` declarations with their types and defaults; directed and undirected graphs and
 * edges; parallel edges; nested graphs flattened; yEd's `y:NodeLabel` and `y:EdgeLabel` as the
 * labels. Hyperedges are left out with a warning. Our own exports carry a graph-level `linkboard`
 * key, and then every field reads back exactly (see exportFields.ts).
 *
 * Writing: entities as nodes, relations as directed edges, every field and attribute as a
 * declared key.
 */
import { buildVocabulary, relationType } from '../relations';
import type { Attributes, AttributeValue, Dataset } from '../schema';
import { DatasetAssembler, titleFromFileName, type ImportedEdge, type Place } from './assemble';
import {
  attributeColumns,
  attributeText,
  DATASET_FIELD,
  datasetFieldValue,
  EDGE_FIELDS,
  edgeFields,
  NODE_FIELDS,
  nodeFields,
  readDatasetField,
  readOwnEdgeFields,
  readOwnNodeFields,
  typedValue,
  type AttributeKind,
} from './exportFields';
import { foreignEdge, foreignNode } from './foreignFields';
import type { ReadResult } from './readResult';
import { childrenNamed, findDescendant, firstChild, readXmlTree, type XmlElement } from './xmlTree';
import { escapeXml, xmlAttributes, XML_DECLARATION } from './xml';

export const GRAPHML_NAME = 'GraphML';

// ------------------------------------------------------------------ writing

type KeyDomain = 'graph' | 'node' | 'edge';

/** Key ids are unique per document, so node and edge keys of the same name get a prefix. */
function keyId(domain: KeyDomain, name: string): string {
  return `${domain[0]}_${name}`;
}

/** Attributes get numbered keys: their names may be anything, ids may not. */
function attributeKeyId(domain: 'node' | 'edge', index: number): string {
  return `${domain[0]}a${index}`;
}

const GRAPHML_TYPES: Record<AttributeKind, string> = {
  boolean: 'boolean',
  double: 'double',
  string: 'string',
};

function keyLine(id: string, domain: KeyDomain, name: string, type: string): string {
  return `  <key${xmlAttributes({ id, for: domain, 'attr.name': name, 'attr.type': type })}/>`;
}

function dataLine(key: string, value: string, indent: string): string {
  return `${indent}<data key="${escapeXml(key)}">${escapeXml(value).replace(/\r/g, '&#13;')}</data>`;
}

function fieldLines(
  domain: KeyDomain,
  values: Record<string, string | undefined>,
  indent: string,
): string[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => dataLine(keyId(domain, name), value, indent));
}

function attributeLines(
  attributes: Attributes | undefined,
  keys: ReadonlyMap<string, string>,
  indent: string,
): string[] {
  return Object.entries(attributes ?? {}).map(([name, value]) =>
    dataLine(keys.get(name)!, attributeText(value), indent),
  );
}

export function writeGraphml(dataset: Dataset): string {
  const vocabulary = buildVocabulary(dataset.relationTypes);
  const nodeAttributes = attributeColumns(dataset.nodes);
  const edgeAttributes = attributeColumns(dataset.edges);
  const nodeKeys = new Map(nodeAttributes.map((a, i) => [a.name, attributeKeyId('node', i)]));
  const edgeKeys = new Map(edgeAttributes.map((a, i) => [a.name, attributeKeyId('edge', i)]));
  const lines = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keyLine(keyId('graph', 'title'), 'graph', 'title', 'string'),
    keyLine(keyId('graph', DATASET_FIELD), 'graph', DATASET_FIELD, 'string'),
    ...NODE_FIELDS.map((name) => keyLine(keyId('node', name), 'node', name, 'string')),
    ...EDGE_FIELDS.map((name) =>
      keyLine(keyId('edge', name), 'edge', name, name === 'formal' ? 'boolean' : 'string'),
    ),
    ...nodeAttributes.map((a, i) =>
      keyLine(attributeKeyId('node', i), 'node', a.name, GRAPHML_TYPES[a.kind]),
    ),
    ...edgeAttributes.map((a, i) =>
      keyLine(attributeKeyId('edge', i), 'edge', a.name, GRAPHML_TYPES[a.kind]),
    ),
    '  <graph id="G" edgedefault="directed">',
    ...fieldLines('graph', { title: dataset.title }, '    '),
    dataLine(keyId('graph', DATASET_FIELD), datasetFieldValue(dataset), '    '),
  ];
  for (const node of dataset.nodes)
    lines.push(
      `    <node${xmlAttributes({ id: node.id })}>`,
      ...fieldLines('node', nodeFields(node), '      '),
      ...attributeLines(node.attributes, nodeKeys, '      '),
      '    </node>',
    );
  for (const edge of dataset.edges)
    lines.push(
      `    <edge${xmlAttributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
      ...fieldLines('edge', edgeFields(edge, relationType(vocabulary, edge.relation)), '      '),
      ...attributeLines(edge.attributes, edgeKeys, '      '),
      '    </edge>',
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

// ------------------------------------------------------------------ reading

interface KeyDeclaration {
  name: string;
  domain: string;
  type: string | undefined;
  defaultValue: string | undefined;
  /** yEd's graphics keys hold labels and shapes, not values. */
  graphics: boolean;
}

function readKeys(root: XmlElement): Map<string, KeyDeclaration> {
  const keys = new Map<string, KeyDeclaration>();
  for (const key of childrenNamed(root, 'key')) {
    const id = key.attributes.id;
    if (!id) continue;
    const defaultElement = firstChild(key, 'default');
    keys.set(id, {
      name: key.attributes['attr.name'] || id,
      domain: key.attributes.for ?? 'all',
      type: key.attributes['attr.type'],
      defaultValue: defaultElement?.text,
      graphics: key.attributes['yfiles.type'] !== undefined,
    });
  }
  return keys;
}

const MAX_ATTRIBUTE_NAME = 200;

interface DataValue {
  keyId: string;
  name: string;
  text: string;
  value: AttributeValue;
}

/** The typed values of an element's `<data>`, with the declared defaults filled in. */
function dataValues(
  element: XmlElement,
  domain: 'node' | 'edge' | 'graph',
  keys: ReadonlyMap<string, KeyDeclaration>,
): { data: DataValue[]; graphics: XmlElement[] } {
  const data: DataValue[] = [];
  const seen = new Set<string>();
  const graphics: XmlElement[] = [];
  for (const item of childrenNamed(element, 'data')) {
    const keyId = item.attributes.key ?? '';
    const key = keys.get(keyId);
    if (key?.graphics || (item.children.length > 0 && item.text.trim() === '')) {
      graphics.push(item);
      continue;
    }
    const name = (key?.name ?? keyId).slice(0, MAX_ATTRIBUTE_NAME);
    if (name === '' || seen.has(keyId)) continue;
    seen.add(keyId);
    data.push({ keyId, name, text: item.text, value: typedValue(item.text, key?.type) });
  }
  for (const [keyId, key] of keys) {
    if (key.defaultValue === undefined || key.graphics || seen.has(keyId)) continue;
    if (key.domain !== domain && key.domain !== 'all') continue;
    const name = key.name.slice(0, MAX_ATTRIBUTE_NAME);
    data.push({
      keyId,
      name,
      text: key.defaultValue,
      value: typedValue(key.defaultValue, key.type),
    });
  }
  return { data, graphics };
}

/** Values by key name, as another tool's file names them. */
function valuesByName(data: readonly DataValue[]): Attributes {
  const values: Attributes = {};
  for (const d of data) if (!(d.name in values)) values[d.name] = d.value;
  return values;
}

/** yEd draws a node's name as a `y:NodeLabel` inside its graphics data. */
function yedLabel(graphics: readonly XmlElement[], name: 'NodeLabel' | 'EdgeLabel'): string {
  for (const data of graphics) {
    const label = findDescendant(data, name);
    if (label && label.text.trim() !== '') return label.text.trim();
  }
  return '';
}

interface GraphmlContext {
  keys: Map<string, KeyDeclaration>;
  assembler: DatasetAssembler;
  own: boolean;
  edges: { element: XmlElement; directed: boolean }[];
  hyperedges: number;
}

function place(element: XmlElement): Place {
  return { where: `line ${element.line}` };
}

/** Splits our own keys (`n_label`) from the attributes (numbered keys, named as written). */
function ownFieldsAndAttributes(
  data: readonly DataValue[],
  prefix: 'n_' | 'e_',
): { fields: Map<string, string>; attributes: Attributes } {
  const fields = new Map<string, string>();
  const attributes: Attributes = {};
  for (const d of data) {
    if (d.keyId.startsWith(prefix)) fields.set(d.keyId.slice(prefix.length), d.text);
    else attributes[d.name] = d.value;
  }
  return { fields, attributes };
}

/** Nodes of a graph and of the graphs nested in its nodes (flattened); edges are kept for later. */
function readGraph(graph: XmlElement, context: GraphmlContext): void {
  const directedByDefault = graph.attributes.edgedefault !== 'undirected';
  for (const child of graph.children) {
    if (child.name === 'node') {
      const id = child.attributes.id ?? '';
      const { data, graphics } = dataValues(child, 'node', context.keys);
      if (context.own) {
        const { fields, attributes } = ownFieldsAndAttributes(data, 'n_');
        context.assembler.addNode(readOwnNodeFields(id, fields, attributes), place(child));
      } else {
        context.assembler.addNode(
          foreignNode(id, valuesByName(data), yedLabel(graphics, 'NodeLabel')),
          place(child),
        );
      }
      for (const nested of childrenNamed(child, 'graph')) readGraph(nested, context);
    } else if (child.name === 'edge') {
      const directed =
        child.attributes.directed === undefined
          ? directedByDefault
          : child.attributes.directed === 'true';
      context.edges.push({ element: child, directed });
    } else if (child.name === 'hyperedge') {
      context.hyperedges += 1;
    }
  }
}

function readEdge(element: XmlElement, directed: boolean, context: GraphmlContext): void {
  const ends = {
    key: element.attributes.id,
    source: element.attributes.source ?? '',
    target: element.attributes.target ?? '',
  };
  const { data, graphics } = dataValues(element, 'edge', context.keys);
  let edge: ImportedEdge;
  if (context.own) {
    const { fields, attributes } = ownFieldsAndAttributes(data, 'e_');
    edge = readOwnEdgeFields(ends, fields, attributes);
  } else {
    edge = foreignEdge({ ...ends, directed }, valuesByName(data), yedLabel(graphics, 'EdgeLabel'));
  }
  context.assembler.addEdge(edge, place(element));
}

function refuse(headline: string, line: number, message: string): ReadResult {
  return {
    ok: false,
    headline,
    errors: [{ path: `line ${line}`, message }],
    warnings: [],
  };
}

export function readGraphml(name: string, text: string): ReadResult {
  const parsed = readXmlTree(text);
  if (!parsed.ok)
    return refuse(
      'it is not well-formed XML',
      parsed.line,
      `${parsed.message} (column ${parsed.column})`,
    );
  const root = parsed.root;
  if (root.name !== 'graphml')
    return refuse(
      'it is not GraphML',
      root.line,
      `the document starts with <${root.name}>, where GraphML starts with <graphml>`,
    );
  const graphs = childrenNamed(root, 'graph');
  if (graphs.length === 0)
    return refuse('it holds no graph', root.line, 'expected a <graph> element inside <graphml>');

  const keys = readKeys(root);
  const graphData = dataValues(graphs[0]!, 'graph', keys).data;
  const ownText = graphData.find((d) => d.keyId === `g_${DATASET_FIELD}`)?.text;
  const own = ownText !== undefined ? readDatasetField(ownText) : null;
  const assembler = new DatasetAssembler({
    format: GRAPHML_NAME,
    ownFormat: own !== null,
    nodeListGiven: true,
    nodeListName: 'the file’s nodes',
  });
  if (own) assembler.declare(own);
  const context: GraphmlContext = { keys, assembler, own: own !== null, edges: [], hyperedges: 0 };
  for (const graph of graphs) readGraph(graph, context);
  for (const { element, directed } of context.edges) readEdge(element, directed, context);

  const warnings =
    context.hyperedges > 0
      ? [
          {
            path: 'the file',
            message: `${context.hyperedges} hyperedge(s) left out: a relation joins two entities`,
          },
        ]
      : [];
  const graphTitle = valuesByName(graphData).title;
  const title =
    own?.title ?? (typeof graphTitle === 'string' && graphTitle ? graphTitle : undefined);
  return assembler.finish(title ?? titleFromFileName(name), own?.description ?? '', warnings);
}
