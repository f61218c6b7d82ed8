/**
 * Cytoscape.js JSON: `elements` as written by Cytoscape desktop (`.cyjs`) and by cytoscape.js's
 * `cy.json()` — either `{ nodes: [...], edges: [...] }` or one list of elements with a `group` —
 * or a bare list of elements. Each element's `data` gives the id, ends and fields (`name`,
 * `interaction`…); Cytoscape desktop's bookkeeping (SUID, selected, shared_name) is left out;
 * positions are kept as attributes (`viz:x`, `viz:y`).
 */
import type { Attributes, AttributeValue } from '../schema';
import { DatasetAssembler, titleFromFileName } from './assemble';
import { foreignEdge, foreignNode } from './foreignFields';
import type { ReadResult } from './readResult';

export const CYTOSCAPE_JSON_NAME = 'Cytoscape.js JSON';

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

interface Elements {
  nodes: unknown[];
  edges: unknown[];
}

/** The elements of a Cytoscape.js document, or null when the value is not one. */
export function cytoscapeElements(value: unknown): Elements | null {
  const elements = isRecord(value) ? value.elements : value;
  if (isRecord(elements) && (Array.isArray(elements.nodes) || Array.isArray(elements.edges)))
    return {
      nodes: Array.isArray(elements.nodes) ? elements.nodes : [],
      edges: Array.isArray(elements.edges) ? elements.edges : [],
    };
  if (Array.isArray(elements) && elements.every((e) => isRecord(e) && isRecord(e.data))) {
    if (!isRecord(value) && elements.length === 0) return null;
    const isEdge = (e: unknown) =>
      isRecord(e) && (e.group === 'edges' || (isRecord(e.data) && 'source' in e.data));
    return {
      nodes: elements.filter((e) => !isEdge(e)),
      edges: elements.filter(isEdge),
    };
  }
  return null;
}

/** Cytoscape desktop's own bookkeeping, not the analyst's data. */
const BOOKKEEPING = new Set(['SUID', 'selected', 'shared_name', 'shared_interaction']);

function attributesOf(data: JsonRecord, skip: readonly string[]): Attributes {
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(data)) {
    if (skip.includes(name) || BOOKKEEPING.has(name) || name === '' || name.length > 200) continue;
    const kept = attributeValueOf(value);
    if (kept !== undefined) attributes[name] = kept;
  }
  return attributes;
}

/** Text, numbers and booleans as they are; lists and objects as JSON text. */
function attributeValueOf(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value === null || value === undefined) return undefined;
  return JSON.stringify(value).slice(0, 20_000);
}

function idText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function readCytoscapeJson(name: string, value: unknown): ReadResult {
  const elements = cytoscapeElements(value);
  if (!elements)
    return {
      ok: false,
      headline: `it is not ${CYTOSCAPE_JSON_NAME}`,
      errors: [{ path: '$', message: 'expected `elements` with `nodes` and `edges`' }],
      warnings: [],
    };
  const assembler = new DatasetAssembler({
    format: CYTOSCAPE_JSON_NAME,
    nodeListGiven: true,
    nodeListName: 'the file’s nodes',
  });
  const path = isRecord(value) ? '$.elements' : '$';
  elements.nodes.forEach((element, i) => {
    const where = { where: `${path}.nodes[${i}]` };
    const data = isRecord(element) && isRecord(element.data) ? element.data : null;
    if (!data) return assembler.error(where.where, 'a node needs `data` with an `id`');
    const attributes = attributesOf(data, ['id']);
    const position = isRecord(element) && isRecord(element.position) ? element.position : null;
    for (const axis of ['x', 'y'] as const)
      if (typeof position?.[axis] === 'number' && Number.isFinite(position[axis]))
        attributes[`viz:${axis}`] = position[axis];
    assembler.addNode(foreignNode(idText(data.id), attributes), where);
  });
  // networkx's cytoscape_data says `directed: false` for the whole graph.
  const directedGraph = !(isRecord(value) && value.directed === false);
  elements.edges.forEach((element, i) => {
    const where = { where: `${path}.edges[${i}]` };
    const data = isRecord(element) && isRecord(element.data) ? element.data : null;
    if (!data) return assembler.error(where.where, 'an edge needs `data` with a source and target');
    // Cytoscape desktop names every edge "A (interaction) B" by itself.
    const generatedName = data.name !== undefined && data.name === data.shared_name;
    const attributes = attributesOf(data, [
      'id',
      'source',
      'target',
      'directed',
      ...(generatedName ? ['name'] : []),
    ]);
    assembler.addEdge(
      foreignEdge(
        {
          key: idText(data.id) || undefined,
          source: idText(data.source),
          target: idText(data.target),
          directed: typeof data.directed === 'boolean' ? data.directed : directedGraph,
        },
        attributes,
      ),
      where,
    );
  });
  const meta = isRecord(value) && isRecord(value.data) ? value.data : {};
  const title = typeof meta.name === 'string' && meta.name.trim() ? meta.name : undefined;
  return assembler.finish(title ?? titleFromFileName(name));
}
