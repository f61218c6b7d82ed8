import { describe, expect, it } from 'vitest';
import { answerCommunityRequest } from '../../../src/app/communities/communityProtocol';
import { findCommunities, type WorkerFactory } from '../../../src/app/communities/findCommunities';
import { detectCommunities, splitCommunities } from '../../../src/domain/communities';
import { relationEnds } from '../../../src/domain/relationEnds';
import { mulberry32 } from '../../../scripts/lib/synthetic';
import { buildParsedDataset, edge, node } from '../../helpers/datasetBuilder';

/**
 * A graph with planted communities: `blocks` groups of `size` entities, each pair inside a group
 * linked with probability 0.5, pairs across groups with probability 0.01.
 */
function planted(blocks: number, size: number, seed = 7) {
  const random = mulberry32(seed);
  const ids = Array.from({ length: blocks * size }, (_, i) => `n${i}`);
  const block = (i: number) => Math.floor(i / size);
  const edges: { source: string; target: string }[] = [];
  for (let a = 0; a < ids.length; a++)
    for (let b = a + 1; b < ids.length; b++)
      if (random() < (block(a) === block(b) ? 0.5 : 0.01))
        edges.push({ source: ids[a]!, target: ids[b]! });
  return { ids, edges, block };
}

/** Whether two partitions put the same entities together (community numbers may differ). */
function samePartition(found: ArrayLike<number>, planted: (i: number) => number): boolean {
  const map = new Map<number, number>();
  const inverse = new Map<number, number>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const p = planted(i);
    if ((map.has(f) && map.get(f) !== p) || (inverse.has(p) && inverse.get(p) !== f)) return false;
    map.set(f, p);
    inverse.set(p, f);
  }
  return true;
}

describe('community detection', () => {
  it('finds planted communities', () => {
    const { ids, edges, block } = planted(5, 16);
    const found = detectCommunities(ids.length, relationEnds(ids, edges));
    expect(new Set(found).size).toBe(5);
    expect(samePartition(found, block)).toBe(true);
  });

  it('gives the same communities on every run, and each isolated entity its own', () => {
    const { ids, edges } = planted(4, 10, 3);
    const withLoner = [...ids, 'loner'];
    const ends = relationEnds(withLoner, [...edges, { source: 'n0', target: 'n0' }]);
    const first = detectCommunities(withLoner.length, ends);
    expect(detectCommunities(withLoner.length, ends)).toEqual(first);
    const loner = first[withLoner.length - 1]!;
    expect(first.filter((c) => c === loner)).toHaveLength(1);
  });

  it('splits a community larger than the limit into the parts planted inside it', () => {
    // Four groups of 12, densely linked inside; groups 0–1 and 2–3 also well linked to each
    // other, so that a whole-graph pass may see two communities of 24.
    const size = 12;
    const random = mulberry32(5);
    const ids = Array.from({ length: 4 * size }, (_, i) => `n${i}`);
    const part = (i: number) => Math.floor(i / size);
    const edges: { source: string; target: string }[] = [];
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        const p = part(a) === part(b) ? 0.7 : part(a) >> 1 === part(b) >> 1 ? 0.12 : 0.005;
        if (random() < p) edges.push({ source: ids[a]!, target: ids[b]! });
      }
    const ends = relationEnds(ids, edges);
    // Whatever the first pass found, splitting what is above 12 leaves no part above 12, and
    // each part within one planted group.
    const communities = new Int32Array(ids.length).fill(0); // one community of all 48
    const parts = splitCommunities(ends, communities, size);
    expect(samePartition(parts, part)).toBe(true);
    expect(new Set(parts).size).toBe(4);
    // A community at or under the limit is left whole (-1).
    expect([...splitCommunities(ends, communities, ids.length)].every((p) => p === -1)).toBe(true);
  });

  it('answers a worker request by id, with a community for every entity', () => {
    const { ids, edges } = planted(2, 8);
    const response = answerCommunityRequest({
      id: 42,
      nodeCount: ids.length,
      ends: relationEnds(ids, edges),
    });
    expect(response.id).toBe(42);
    expect(response.communities).toHaveLength(ids.length);
    expect(response.subcommunities).toHaveLength(ids.length);
  });
});

describe('findCommunities through a worker', () => {
  const { ids, edges, block } = planted(3, 12, 11);
  const dataset = buildParsedDataset({
    nodes: ids.map((id) => node(id)),
    edges: edges.map((e) => edge(e.source, 'allied_with', e.target)),
  });

  /** A stand-in worker: copies the message as a real one would and answers in a later task. */
  const inlineWorker: WorkerFactory = () => {
    const worker: ReturnType<WorkerFactory> = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage: (message: unknown) => {
        const request = structuredClone(message) as Parameters<typeof answerCommunityRequest>[0];
        setTimeout(() => {
          const data = answerCommunityRequest(request);
          worker.onmessage?.({ data } as MessageEvent);
        }, 0);
      },
    };
    return worker;
  };

  it('maps the worker’s answer back to entity ids', async () => {
    const { byNode, subByNode } = await findCommunities(dataset, inlineWorker);
    expect(byNode.size).toBe(ids.length);
    const found = ids.map((id) => byNode.get(id)!);
    expect(samePartition(found, block)).toBe(true);
    expect(subByNode.size).toBe(0); // communities of 12: none split
  });

  it('computes in place where there is no worker', async () => {
    const { byNode } = await findCommunities(dataset, null);
    expect(new Set(byNode.values()).size).toBe(3);
  });

  it('rejects when the worker fails', async () => {
    const failing: WorkerFactory = () => {
      const worker: ReturnType<WorkerFactory> = {
        onmessage: null,
        onerror: null,
        terminate: () => {},
        postMessage: () => setTimeout(() => worker.onerror?.({} as ErrorEvent), 0),
      };
      return worker;
    };
    await expect(findCommunities(dataset, failing)).rejects.toThrow('community worker');
  });
});
