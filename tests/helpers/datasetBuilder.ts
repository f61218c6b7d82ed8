/**
 * Builds small datasets for tests with sensible defaults, so a test states only what it is about:
 *   buildDataset({ nodes: [node('a'), node('b')], edges: [edge('a', 'commands', 'b')] })
 */
import { buildGraphIndex, type GraphIndex } from '../../src/domain/graphIndex';
import { parseDataset, type Dataset, type DatasetInput } from '../../src/domain/schema';

type NodeInput = DatasetInput['nodes'][number];
type EdgeInput = DatasetInput['edges'][number];
type EventInput = NonNullable<DatasetInput['events']>[number];

export const TEST_SOURCE = { id: 'src', title: 'Test source', publisher: 'Test publisher' };

export function quote(text = 'a quote'): { source: string; quote: string } {
  return { source: TEST_SOURCE.id, quote: text };
}

export function node(id: string, overrides: Partial<NodeInput> = {}): NodeInput {
  return {
    id,
    type: 'organization',
    label: id.toUpperCase(),
    aliases: [],
    tags: [],
    evidence: [quote()],
    ...overrides,
  };
}

let edgeCounter = 0;

export function edge(
  source: string,
  relation: string,
  target: string,
  overrides: Partial<EdgeInput> = {},
): EdgeInput {
  edgeCounter += 1;
  return {
    id: `${source}-${relation}-${target}-${edgeCounter}`,
    source,
    target,
    relation,
    confidence: 'confirmed',
    evidence: [quote()],
    ...overrides,
  };
}

export function event(id: string, overrides: Partial<EventInput> = {}): EventInput {
  return {
    id,
    date: '2020-01',
    title: `Event ${id}`,
    summary: '',
    participants: [],
    evidence: [quote()],
    ...overrides,
  };
}

export function buildDataset(parts: Partial<DatasetInput> = {}): DatasetInput {
  return {
    schemaVersion: 1,
    title: 'Test dataset',
    description: '',
    sources: [TEST_SOURCE],
    nodes: [],
    edges: [],
    events: [],
    ...parts,
  };
}

/** A built dataset after the schema, as the app holds it; throws if the test built an invalid one. */
export function buildParsedDataset(parts: Partial<DatasetInput> = {}): Dataset {
  const result = parseDataset(buildDataset(parts));
  if (!result.ok) throw new Error(`invalid test dataset: ${JSON.stringify(result.errors)}`);
  return result.dataset;
}

export function buildIndex(parts: Partial<DatasetInput> = {}): GraphIndex {
  return buildGraphIndex(buildParsedDataset(parts));
}
