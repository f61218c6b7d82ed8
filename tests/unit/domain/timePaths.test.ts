import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalOf, isOrdered } from '../../../src/domain/dates';
import type { GraphIndex } from '../../../src/domain/graphIndex';
import { shortestPaths } from '../../../src/domain/paths';
import { activeSpan, spanInterval } from '../../../src/domain/timeline';
import { timeOrderedPaths, type TimedPath } from '../../../src/domain/timePaths';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

const allEdges = (index: GraphIndex) => new Set(index.edgesById.keys());
const edgesOf = (path: TimedPath) => path.steps.map((s) => s.edgeId);

describe('timeOrderedPaths', () => {
  // a —(since 2010)— b —(until 2005)— c: the steps can follow each other from c to a, not back.
  const index = buildIndex({
    nodes: ['a', 'b', 'c'].map((id) => node(id)),
    edges: [
      edge('a', 'supports', 'b', { id: 'ab-since-2010', since: '2010' }),
      edge('b', 'supports', 'c', { id: 'bc-until-2005', until: '2005' }),
    ],
  });

  it('finds no path that exists only when time is ignored', () => {
    expect(shortestPaths(index, 'a', 'c', allEdges(index)).length).toBe(2);
    const result = timeOrderedPaths(index, 'a', 'c', allEdges(index), 'allow');
    expect(result.paths).toEqual([]);
    expect(result.length).toBe(0);
  });

  it('finds it the other way round, where each step can come after the one before', () => {
    const result = timeOrderedPaths(index, 'c', 'a', allEdges(index), 'allow');
    expect(result.paths.map(edgesOf)).toEqual([['bc-until-2005', 'ab-since-2010']]);
    expect(result.paths[0]!.steps.map((s) => [s.from, s.to, s.forward])).toEqual([
      ['c', 'b', false],
      ['b', 'a', false],
    ]);
    // Complete by 2010 at the earliest (the last relation began then), begun by 2005 at the latest.
    expect(result.earliestEnd?.date).toBe('2010');
    expect(result.latestStart?.date).toBe('2005');
  });

  it('reads partial dates as their whole period', () => {
    const build = (since: string, until: string) =>
      buildIndex({
        nodes: ['a', 'b', 'c'].map((id) => node(id)),
        edges: [
          edge('a', 'supports', 'b', { id: 'first', since }),
          edge('b', 'supports', 'c', { id: 'second', until }),
        ],
      });
    const found = (since: string, until: string) => {
      const index = build(since, until);
      return timeOrderedPaths(index, 'a', 'c', allEdges(index), 'exclude').paths.length;
    };
    // "since 2010" may have begun in January 2010, before "until 2010-03" ended.
    expect(found('2010', '2010-03')).toBe(1);
    // Both in March 2010: the first could have come on the 1st, the second on the 31st.
    expect(found('2010-03-15', '2010-03')).toBe(1);
    expect(found('2010-03', '2010-03-01')).toBe(1);
    // The second relation had ended before the first began.
    expect(found('2010-04', '2010-03')).toBe(0);
    expect(found('2010-03-02', '2010-03-01')).toBe(0);
  });

  it('leaves open ends open', () => {
    const index = buildIndex({
      nodes: ['a', 'b', 'c'].map((id) => node(id)),
      edges: [
        edge('a', 'supports', 'b', { id: 'no-start', until: '2020' }),
        edge('b', 'supports', 'c', { id: 'no-end', since: '1990' }),
      ],
    });
    const result = timeOrderedPaths(index, 'a', 'c', allEdges(index), 'exclude');
    expect(result.paths.map(edgesOf)).toEqual([['no-start', 'no-end']]);
    expect(result.earliestEnd?.date).toBe('1990');
    expect(result.latestStart?.date).toBe('2020');

    const open = buildIndex({
      nodes: ['a', 'b'].map((id) => node(id)),
      edges: [edge('a', 'supports', 'b', { id: 'since-only', since: '1990' })],
    });
    const one = timeOrderedPaths(open, 'a', 'b', allEdges(open), 'exclude');
    expect(one.earliestEnd?.date).toBe('1990');
    expect(one.latestStart).toBeNull(); // it has not ended: it could still run
  });

  it('allows undated relations or leaves them out, as asked', () => {
    const index = buildIndex({
      nodes: ['a', 'b', 'c'].map((id) => node(id)),
      edges: [
        edge('a', 'supports', 'b', { id: 'undated' }),
        edge('b', 'supports', 'c', { id: 'dated', since: '2010' }),
      ],
    });
    const allowed = timeOrderedPaths(index, 'a', 'c', allEdges(index), 'allow');
    expect(allowed.paths.map(edgesOf)).toEqual([['undated', 'dated']]);
    expect(allowed.earliestEnd?.date).toBe('2010');
    expect(timeOrderedPaths(index, 'a', 'c', allEdges(index), 'exclude').paths).toEqual([]);
  });

  it('limits an undated relation by the lives of its ends', () => {
    // a exists from 2015; c —(until 2012)— b —(undated)— a.
    const index = buildIndex({
      nodes: [node('a', { since: '2015' }), node('b'), node('c')],
      edges: [
        edge('a', 'supports', 'b', { id: 'undated' }),
        edge('b', 'supports', 'c', { id: 'until-2012', until: '2012' }),
      ],
    });
    expect(timeOrderedPaths(index, 'c', 'a', allEdges(index), 'allow').paths.length).toBe(1);
    expect(timeOrderedPaths(index, 'a', 'c', allEdges(index), 'allow').paths.length).toBe(0);
  });

  it('takes a longer way when the shortest one breaks time order', () => {
    const index = buildIndex({
      nodes: ['a', 'x', 'y', 'z', 'c'].map((id) => node(id)),
      edges: [
        edge('a', 'supports', 'x', { id: 'ax', since: '2015' }),
        edge('x', 'supports', 'c', { id: 'xc', until: '2010' }),
        edge('a', 'supports', 'y', { id: 'ay', since: '2001' }),
        edge('y', 'supports', 'z', { id: 'yz', since: '2002' }),
        edge('z', 'supports', 'c', { id: 'zc', since: '2003', until: '2004' }),
      ],
    });
    expect(shortestPaths(index, 'a', 'c', allEdges(index)).length).toBe(2);
    const result = timeOrderedPaths(index, 'a', 'c', allEdges(index), 'exclude');
    expect(result.length).toBe(3);
    expect(result.paths.map(edgesOf)).toEqual([['ay', 'yz', 'zc']]);
    expect(result.earliestEnd?.date).toBe('2003');
    expect(result.latestStart?.date).toBe('2004');
  });

  it('uses only the relations it is given', () => {
    expect(timeOrderedPaths(index, 'c', 'a', new Set(['ab-since-2010']), 'allow').paths).toEqual(
      [],
    );
  });

  it('caps the paths listed and says so', () => {
    const middles = ['m1', 'm2', 'm3', 'm4'];
    const index = buildIndex({
      nodes: ['a', 'c', ...middles].map((id) => node(id)),
      edges: middles.flatMap((m) => [
        edge('a', 'supports', m, { since: '2001' }),
        edge(m, 'supports', 'c', { since: '2002' }),
      ]),
    });
    const result = timeOrderedPaths(index, 'a', 'c', allEdges(index), 'exclude', 3);
    expect(result.paths.length).toBe(3);
    expect(result.truncated).toBe(true);
    expect(timeOrderedPaths(index, 'a', 'c', allEdges(index), 'exclude', 4).truncated).toBe(false);
  });

  it('finds nothing between an entity and itself or with an unknown end', () => {
    expect(timeOrderedPaths(index, 'a', 'a', allEdges(index), 'allow').paths).toEqual([]);
    expect(timeOrderedPaths(index, 'a', 'ghost', allEdges(index), 'allow').paths).toEqual([]);
  });
});

/** Every simple path from `from` to `to`, by brute force, with whether its steps can follow in time. */
function bruteForce(index: GraphIndex, from: string, to: string, undated: 'allow' | 'exclude') {
  const found: { edges: string[]; inOrder: boolean }[] = [];
  const walk = (at: string, seen: Set<string>, edges: string[]) => {
    if (at === to) {
      // Feasible when, for every pair of steps i ≤ j, step i could begin before step j ends.
      const spans = edges.map((id) => spanInterval(activeSpan(index, index.edgesById.get(id)!)));
      const inOrder = spans.every((s, i) =>
        spans.slice(i).every((later) => s.firstDay <= later.lastDay),
      );
      found.push({ edges, inOrder });
      return;
    }
    for (const id of index.edgesByNode.get(at) ?? []) {
      const e = index.edgesById.get(id)!;
      if (e.source === e.target) continue;
      if (undated === 'exclude' && e.since === undefined && e.until === undefined) continue;
      const other = e.source === at ? e.target : e.source;
      if (seen.has(other)) continue;
      walk(other, new Set([...seen, other]), [...edges, id]);
    }
  };
  walk(from, new Set([from]), []);
  return found;
}

describe('timeOrderedPaths against brute force', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  // Years, months and days that meet at their edges: June 2001 ends the day 2001-06-30 begins.
  const year = fc.constantFrom(
    '2000',
    '2001',
    '2001-06',
    '2001-06-30',
    '2001-07',
    '2001-07-01',
    '2002',
    '2003',
  );
  const graph = fc.array(
    fc.record({
      source: fc.constantFrom(...ids),
      target: fc.constantFrom(...ids),
      since: fc.option(year, { nil: undefined }),
      until: fc.option(year, { nil: undefined }),
    }),
    { maxLength: 9 },
  );

  it('lists exactly the shortest simple paths whose steps can follow each other in time', () => {
    fc.assert(
      fc.property(graph, fc.constantFrom('allow' as const, 'exclude' as const), (edges, rule) => {
        const index = buildIndex({
          nodes: ids.map((id) => node(id)),
          edges: edges
            .filter((e) => !(e.since && e.until && !isOrdered(e.since, e.until)))
            .map((e, i) =>
              edge(e.source, 'supports', e.target, {
                id: `e${i}`,
                ...(e.since ? { since: e.since } : {}),
                ...(e.until ? { until: e.until } : {}),
              }),
            ),
        });
        const expected = bruteForce(index, 'a', 'e', rule).filter((p) => p.inOrder);
        const shortest = Math.min(...expected.map((p) => p.edges.length));
        const want = expected
          .filter((p) => p.edges.length === shortest)
          .map((p) => p.edges.join('>'))
          .sort();
        const result = timeOrderedPaths(index, 'a', 'e', allEdges(index), rule, 1_000);
        expect(result.paths.map((p) => edgesOf(p).join('>')).sort()).toEqual(want);
        expect(result.length).toBe(want.length > 0 ? shortest : 0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives each path the window its relations allow', () => {
    const index = buildIndex({
      nodes: ids.map((id) => node(id)),
      edges: [
        edge('a', 'supports', 'b', { id: 'ab', since: '2001', until: '2009' }),
        edge('b', 'supports', 'e', { id: 'be', since: '2004-06', until: '2012' }),
      ],
    });
    const [path] = timeOrderedPaths(index, 'a', 'e', allEdges(index), 'exclude').paths;
    const ab = intervalOf('2001', '2009');
    const be = intervalOf('2004-06', '2012');
    expect(path!.earliestEnd).toEqual({ day: Math.max(ab.firstDay, be.firstDay), date: '2004-06' });
    expect(path!.latestStart).toEqual({ day: Math.min(ab.lastDay, be.lastDay), date: '2009' });
  });
});
