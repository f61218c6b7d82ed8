/** A small dataset for the edit tests, with every kind of reference an edit must keep sound. */
import type { Dataset } from '../../src/domain/schema';
import { buildParsedDataset, edge, event, node, quote } from './datasetBuilder';

export function editSample(): Dataset {
  return buildParsedDataset({
    nodes: [
      node('a', { label: 'Alpha', aliases: ['Al'], tags: ['militia'] }),
      node('b', {
        label: 'Beta',
        aliases: ['B', 'al'],
        tags: ['Militia', 'iraq'],
        evidence: [quote('beta quote')],
      }),
      node('c', { label: 'Gamma', type: 'person' }),
    ],
    edges: [
      edge('a', 'commands', 'c', { id: 'a-c' }),
      edge('b', 'commands', 'c', {
        id: 'b-c',
        confidence: 'reported',
        evidence: [quote('b commands c')],
      }),
      edge('a', 'allied_with', 'b', { id: 'a-b', evidence: [quote('a and b')] }),
      edge('c', 'member_of', 'b', { id: 'c-b' }),
    ],
    events: [
      event('e1', { participants: ['a', 'b'], place: 'b' }),
      event('e2', { participants: ['c'] }),
    ],
    views: [
      {
        id: 'v1',
        title: 'On B',
        description: 'B selected',
        state: { selection: { kind: 'node', id: 'b' }, focus: { id: 'b', hops: 1 } },
      },
      {
        id: 'v2',
        title: 'Path',
        description: 'From a to b',
        state: { path: { from: 'a', to: 'b' } },
      },
      {
        id: 'v3',
        title: 'Edge',
        description: 'b-c selected',
        state: { selection: { kind: 'edge', id: 'b-c' } },
      },
    ],
  });
}
