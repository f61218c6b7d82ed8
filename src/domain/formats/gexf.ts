/**
 * GEXF (Gephi's own format), both ways.
 *
 * Reading GEXF 1.1 to 1.3: attributes with their types and defaults; `start`/`end` and spells read
 * as since/until where they are dates (several spells are also kept as an attribute); `viz`
 * colours, positions and sizes kept as attributes (`viz:color`, `viz:x`…); hierarchies of nodes
 * flattened; edge `kind` (1.3) or label as the relation. Our own exports carry the rest of the
 * dataset in a `linkboard` element of their `<meta>`, and then every field reads back exactly.
 *
 * Writing GEXF 1.3: entities and relations with their fields and attributes, and dates as a
 * dynamic graph so that Gephi's timeline can play the network. A partial date spans its whole
 * period: `since: 2008` starts on 2008-01-01, `until: 2020-01` ends on 2020-01-31.
 */
import { dayToIso, parsePartialDate } from '../dates';
import { buildVocabulary, relationType } from '../relations';
import type { Attributes, AttributeValue, Dataset } from '../schema';
import { DatasetAssembler, titleFromFileName, type Place } from './assemble';
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
import { foreignEdge, foreignNode, partialDateOf } from './foreignFields';
import type { ReadResult } from './readResult';
import { childrenNamed, firstChild, readXmlTree, type XmlElement } from './xmlTree';
import { escapeXml, xmlAttributes, XML_DECLARATION } from './xml';

export const GEXF_NAME = 'GEXF';

/** The namespace of the element that carries our dataset in `<meta>`. */
export const LINKBOARD_NAMESPACE = 'urn:linkboard';

// ------------------------------------------------------------------ writing

// GEXF gives nodes a label of their own; the other fields become attributes.
const NODE_ATTRIBUTES = NODE_FIELDS.filter((f) => f !== 'label');

const GEXF_TYPES: Record<AttributeKind, string> = {
  boolean: 'boolean',
  double: 'double',
  string: 'string',
};

function firstDay(date: string | undefined): string | undefined {
  const parsed = date === undefined ? null : parsePartialDate(date);
  return parsed ? dayToIso(parsed.firstDay) : undefined;
}

function lastDay(date: string | undefined): string | undefined {
  const parsed = date === undefined ? null : parsePartialDate(date);
  return parsed ? dayToIso(parsed.lastDay) : undefined;
}

function declarations(
  kind: 'node' | 'edge',
  fields: readonly string[],
  attributes: readonly { name: string; kind: AttributeKind }[],
): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...fields.map(
      (name) =>
        `      <attribute${xmlAttributes({ id: name, title: name, type: name === 'formal' ? 'boolean' : 'string' })}/>`,
    ),
    ...attributes.map(
      (a, i) =>
        `      <attribute${xmlAttributes({ id: `a${i}`, title: a.name, type: GEXF_TYPES[a.kind] })}/>`,
    ),
    '    </attributes>',
  ];
}

function attributeValues(
  fields: Record<string, string | undefined>,
  attributes: Attributes | undefined,
  attributeIds: ReadonlyMap<string, string>,
): string[] {
  const present: [string, string][] = [
    ...Object.entries(fields).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
    ...Object.entries(attributes ?? {}).map(([name, value]): [string, string] => [
      attributeIds.get(name)!,
      attributeText(value),
    ]),
  ];
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
  const nodeAttributes = attributeColumns(dataset.nodes);
  const edgeAttributes = attributeColumns(dataset.edges);
  const nodeIds = new Map(nodeAttributes.map((a, i) => [a.name, `a${i}`]));
  const edgeIds = new Map(edgeAttributes.map((a, i) => [a.name, `a${i}`]));
  const lines = [
    XML_DECLARATION,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Linkboard</creator>',
    `    <description>${escapeXml(dataset.title)}</description>`,
    `    <lb:${DATASET_FIELD} xmlns:lb="${LINKBOARD_NAMESPACE}">${escapeXml(datasetFieldValue(dataset))}</lb:${DATASET_FIELD}>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    ...declarations('node', NODE_ATTRIBUTES, nodeAttributes),
    ...declarations('edge', EDGE_FIELDS, edgeAttributes),
    '    <nodes>',
  ];
  for (const node of dataset.nodes) {
    const { label, ...fields } = nodeFields(node);
    lines.push(
      `      <node${xmlAttributes({ id: node.id, label, start: firstDay(node.since), end: lastDay(node.until) })}>`,
      ...attributeValues(fields, node.attributes, nodeIds),
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
      ...attributeValues(edgeFields(edge, relation), edge.attributes, edgeIds),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

// ------------------------------------------------------------------ reading

interface AttributeDeclaration {
  title: string;
  type: string | undefined;
  defaultValue: string | undefined;
}

function readDeclarations(graph: XmlElement, kind: 'node' | 'edge') {
  const declared = new Map<string, AttributeDeclaration>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attributes.class ?? 'node') !== kind) continue;
    for (const attribute of childrenNamed(block, 'attribute')) {
      const id = attribute.attributes.id;
      if (id === undefined) continue;
      declared.set(id, {
        title: (attribute.attributes.title || id).slice(0, 200),
        type: attribute.attributes.type,
        defaultValue: firstChild(attribute, 'default')?.text,
      });
    }
  }
  return declared;
}

interface GexfContext {
  assembler: DatasetAssembler;
  own: boolean;
  /** Dates are read from start/end when the graph's time format is a date, or they look like one. */
  datesAreDates: boolean;
  nodeDeclarations: Map<string, AttributeDeclaration>;
  edgeDeclarations: Map<string, AttributeDeclaration>;
  dynamicValues: number;
}

interface ElementValues {
  /** By attribute id, as written: our own fields are read from these. */
  byId: Map<string, string>;
  /** By title, typed: the attributes. */
  byTitle: Attributes;
}

function attValues(
  element: XmlElement,
  declarations: ReadonlyMap<string, AttributeDeclaration>,
  context: GexfContext,
): ElementValues {
  const byId = new Map<string, string>();
  const byTitle: Attributes = {};
  for (const block of childrenNamed(element, 'attvalues'))
    for (const attvalue of childrenNamed(block, 'attvalue')) {
      const id = attvalue.attributes.for ?? attvalue.attributes.id;
      const value = attvalue.attributes.value;
      if (id === undefined || value === undefined) continue;
      if (byId.has(id)) context.dynamicValues += 1;
      byId.set(id, value);
    }
  for (const [id, declaration] of declarations)
    if (!byId.has(id) && declaration.defaultValue !== undefined)
      byId.set(id, declaration.defaultValue);
  for (const [id, text] of byId) {
    const declaration = declarations.get(id);
    byTitle[declaration?.title ?? id] = typedValue(text, declaration?.type);
  }
  return { byId, byTitle };
}

/** A GEXF time as a partial date, or undefined when it is not a date (a double, a tick). */
function gexfDate(text: string | undefined, context: GexfContext): string | undefined {
  if (text === undefined) return undefined;
  if (!context.datesAreDates && !text.includes('-')) return undefined;
  return partialDateOf(text);
}

/**
 * since/until from `start`/`end` or from the spells (the earliest start, the latest end); times
 * that are not dates, and several spells, are kept as attributes.
 */
function timeOf(
  element: XmlElement,
  attributes: Attributes,
  context: GexfContext,
): { since?: string; until?: string } {
  const start = element.attributes.start ?? element.attributes.startopen;
  const end = element.attributes.end ?? element.attributes.endopen;
  const spells = childrenNamed(element, 'spells').flatMap((s) => childrenNamed(s, 'spell'));
  const intervals = [
    ...(start !== undefined || end !== undefined ? [{ start, end }] : []),
    ...spells.map((s) => ({
      start: s.attributes.start ?? s.attributes.startopen,
      end: s.attributes.end ?? s.attributes.endopen,
    })),
  ];
  if (intervals.length === 0) return {};
  const starts = intervals.map((i) => i.start);
  const ends = intervals.map((i) => i.end);
  const startDates = starts.map((s) => gexfDate(s, context));
  const endDates = ends.map((e) => gexfDate(e, context));
  const allDates =
    starts.every((s, i) => s === undefined || startDates[i] !== undefined) &&
    ends.every((e, i) => e === undefined || endDates[i] !== undefined);
  if (!allDates || intervals.length > 1)
    attributes[intervals.length > 1 ? 'spells' : 'time'] = intervals
      .map((i) => `${i.start ?? '…'} – ${i.end ?? '…'}`)
      .join('; ');
  if (!allDates) return {};
  const since = starts.some((s) => s === undefined)
    ? undefined
    : startDates.filter((d): d is string => d !== undefined).sort()[0];
  const until = ends.some((e) => e === undefined)
    ? undefined
    : endDates
        .filter((d): d is string => d !== undefined)
        .sort()
        .at(-1);
  return { since, until };
}

function hex(n: string | undefined): string {
  const value = Math.max(0, Math.min(255, Math.round(Number(n ?? 0)) || 0));
  return value.toString(16).padStart(2, '0');
}

/** `viz` colour, position and size, kept as attributes (hints another layout may use). */
function vizHints(element: XmlElement, attributes: Attributes): void {
  for (const child of element.children) {
    if (!child.uri.includes('viz')) continue;
    const a = child.attributes;
    if (child.name === 'color')
      attributes['viz:color'] = a.hex ?? `#${hex(a.r)}${hex(a.g)}${hex(a.b)}`;
    else if (child.name === 'position') {
      for (const axis of ['x', 'y', 'z'] as const) {
        const value = Number(a[axis]);
        if (a[axis] !== undefined && Number.isFinite(value)) attributes[`viz:${axis}`] = value;
      }
    } else if (child.name === 'size') {
      const value = Number(a.value);
      if (Number.isFinite(value)) attributes['viz:size'] = value;
    }
  }
}

function place(element: XmlElement): Place {
  return { where: `line ${element.line}` };
}

function ownFields(
  values: ElementValues,
  fieldNames: readonly string[],
  declarations: ReadonlyMap<string, AttributeDeclaration>,
): { fields: Map<string, string>; attributes: Attributes } {
  const fields = new Map<string, string>();
  const attributes: Attributes = {};
  for (const [id, text] of values.byId) {
    if (fieldNames.includes(id)) fields.set(id, text);
    else {
      const declaration = declarations.get(id);
      attributes[declaration?.title ?? id] = typedValue(text, declaration?.type);
    }
  }
  return { fields, attributes };
}

function readNodes(container: XmlElement, context: GexfContext): void {
  for (const nodes of childrenNamed(container, 'nodes'))
    for (const node of childrenNamed(nodes, 'node')) {
      const id = node.attributes.id ?? '';
      const values = attValues(node, context.nodeDeclarations, context);
      if (context.own) {
        const { fields, attributes } = ownFields(values, NODE_FIELDS, context.nodeDeclarations);
        fields.set('label', node.attributes.label ?? id);
        context.assembler.addNode(readOwnNodeFields(id, fields, attributes), place(node));
      } else {
        const attributes: Attributes = { ...values.byTitle };
        const time = timeOf(node, attributes, context);
        vizHints(node, attributes);
        const imported = foreignNode(id, attributes, node.attributes.label);
        context.assembler.addNode(
          { ...imported, since: time.since ?? imported.since, until: time.until ?? imported.until },
          place(node),
        );
      }
      // GEXF hierarchies nest nodes inside nodes: flattened.
      readNodes(node, context);
    }
}

function readEdges(graph: XmlElement, context: GexfContext, directedByDefault: boolean): void {
  for (const edges of childrenNamed(graph, 'edges'))
    for (const edge of childrenNamed(edges, 'edge')) {
      const ends = {
        key: edge.attributes.id,
        source: edge.attributes.source ?? '',
        target: edge.attributes.target ?? '',
      };
      const values = attValues(edge, context.edgeDeclarations, context);
      if (context.own) {
        const { fields, attributes } = ownFields(values, EDGE_FIELDS, context.edgeDeclarations);
        context.assembler.addEdge(readOwnEdgeFields(ends, fields, attributes), place(edge));
        continue;
      }
      const type = edge.attributes.type;
      const directed = type === undefined ? directedByDefault : type === 'directed';
      const attributes: Attributes = { ...values.byTitle };
      if (edge.attributes.kind !== undefined && !('kind' in attributes))
        attributes.kind = edge.attributes.kind;
      const weight = edge.attributes.weight;
      if (weight !== undefined && !('weight' in attributes))
        attributes.weight = typedValue(weight, 'double') as AttributeValue;
      const time = timeOf(edge, attributes, context);
      vizHints(edge, attributes);
      const imported = foreignEdge({ ...ends, directed }, attributes, edge.attributes.label);
      context.assembler.addEdge(
        { ...imported, since: time.since ?? imported.since, until: time.until ?? imported.until },
        place(edge),
      );
    }
}

function refuse(headline: string, line: number, message: string): ReadResult {
  return {
    ok: false,
    headline,
    errors: [{ path: `line ${line}`, message }],
    warnings: [],
  };
}

export function readGexf(name: string, text: string): ReadResult {
  const parsed = readXmlTree(text);
  if (!parsed.ok)
    return refuse(
      'it is not well-formed XML',
      parsed.line,
      `${parsed.message} (column ${parsed.column})`,
    );
  const root = parsed.root;
  if (root.name !== 'gexf')
    return refuse(
      'it is not GEXF',
      root.line,
      `the document starts with <${root.name}>, where GEXF starts with <gexf>`,
    );
  const graph = firstChild(root, 'graph');
  if (!graph)
    return refuse('it holds no graph', root.line, 'expected a <graph> element inside <gexf>');
  const meta = firstChild(root, 'meta');
  const ownElement = meta?.children.find(
    (c) => c.name === DATASET_FIELD && c.uri === LINKBOARD_NAMESPACE,
  );
  const own = ownElement ? readDatasetField(ownElement.text) : null;
  const assembler = new DatasetAssembler({
    format: GEXF_NAME,
    ownFormat: own !== null,
    nodeListGiven: true,
    nodeListName: 'the file’s nodes',
  });
  if (own) assembler.declare(own);
  const timeformat = (graph.attributes.timeformat ?? '').toLowerCase();
  const context: GexfContext = {
    assembler,
    own: own !== null,
    datesAreDates: timeformat === 'date' || timeformat === 'datetime',
    nodeDeclarations: readDeclarations(graph, 'node'),
    edgeDeclarations: readDeclarations(graph, 'edge'),
    dynamicValues: 0,
  };
  readNodes(graph, context);
  readEdges(graph, context, graph.attributes.defaultedgetype !== 'undirected');
  const warnings =
    context.dynamicValues > 0
      ? [
          {
            path: 'the file',
            message: `${context.dynamicValues} attribute value(s) change over time: the last one given is kept`,
          },
        ]
      : [];
  const description = meta ? firstChild(meta, 'description')?.text.trim() : undefined;
  return assembler.finish(
    own?.title ?? (description || titleFromFileName(name)),
    own?.description ?? '',
    warnings,
  );
}
