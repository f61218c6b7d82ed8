import { describe, expect, it } from 'vitest';
import { shortestPaths, type PathStep } from '../../../src/domain/paths';
import { relationSentence, verbPhrase } from '../../../src/domain/relationSentences';
import { computeView } from '../../../src/domain/view';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: ['soleimani', 'kh', 'pmf', 'abu-fadak', 'iran', 'baghdad', 'loner'].map((id) => node(id)),
  edges: [
    edge('soleimani', 'founded', 'kh', { id: 'soleimani-founded-kh' }),
    edge('abu-fadak', 'leads', 'kh', { id: 'abu-fadak-leads-kh' }),
    edge('abu-fadak', 'member_of', 'kh', { id: 'abu-fadak-member-of-kh' }),
    edge('kh', 'member_of', 'pmf', { id: 'kh-member-of-pmf' }),
    edge('abu-fadak', 'leads', 'pmf', { id: 'abu-fadak-leads-pmf' }),
    edge('iran', 'supports', 'kh', { id: 'iran-supports-kh' }),
    edge('soleimani', 'operates_in', 'baghdad', { id: 'soleimani-in-baghdad' }),
    edge('abu-fadak', 'operates_in', 'baghdad', { id: 'abu-fadak-in-baghdad' }),
  ],
});

const all = new Set(index.edgesById.keys());
const edgesOf = (path: PathStep[]) => path.map((s) => s.edgeId);

describe('shortestPaths', () => {
  it('lists every shortest path, walking links either way', () => {
    const result = shortestPaths(index, 'soleimani', 'abu-fadak', all);
    expect(result.length).toBe(2);
    expect(result.paths.map(edgesOf).sort()).toEqual(
      [
        ['soleimani-founded-kh', 'abu-fadak-leads-kh'],
        ['soleimani-founded-kh', 'abu-fadak-member-of-kh'],
        ['soleimani-in-baghdad', 'abu-fadak-in-baghdad'],
      ].sort(),
    );
    expect(result.truncated).toBe(false);
    const [first] = result.paths;
    expect(first?.[0]?.from).toBe('soleimani');
    expect(first?.[first.length - 1]?.to).toBe('abu-fadak');
  });

  it('uses only the links it is given, such as those of the current view', () => {
    const view = computeView(index, { ...getDefaultViewState(), hiddenRelations: ['operates_in'] });
    const result = shortestPaths(index, 'soleimani', 'abu-fadak', view.edgeIds);
    expect(result.paths.map(edgesOf).flat()).not.toContain('soleimani-in-baghdad');
    expect(result.paths).toHaveLength(2);

    const commandOnly = computeView(index, { ...getDefaultViewState(), mode: 'command' });
    const viaPmf = shortestPaths(index, 'iran', 'pmf', commandOnly.edgeIds);
    expect(viaPmf.paths).toEqual([]);
  });

  it('finds longer paths when the short ones are hidden', () => {
    const without = new Set(all);
    without.delete('abu-fadak-leads-kh');
    without.delete('abu-fadak-member-of-kh');
    without.delete('abu-fadak-in-baghdad');
    const result = shortestPaths(index, 'soleimani', 'abu-fadak', without);
    expect(result.paths.map(edgesOf)).toEqual([
      ['soleimani-founded-kh', 'kh-member-of-pmf', 'abu-fadak-leads-pmf'],
    ]);
  });

  it('says when there is no path', () => {
    expect(shortestPaths(index, 'soleimani', 'loner', all)).toEqual({
      from: 'soleimani',
      to: 'loner',
      paths: [],
      length: 0,
      truncated: false,
    });
    expect(shortestPaths(index, 'soleimani', 'nobody', all).paths).toEqual([]);
    expect(shortestPaths(index, 'kh', 'kh', all).paths).toEqual([]);
  });

  it('caps the number of paths listed and says so', () => {
    const parallel = buildIndex({
      nodes: [node('a'), node('b'), node('c')],
      edges: [1, 2, 3, 4].flatMap(() => [edge('a', 'supports', 'b'), edge('b', 'supports', 'c')]),
    });
    const result = shortestPaths(parallel, 'a', 'c', new Set(parallel.edgesById.keys()), 10);
    expect(result.paths).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(new Set(result.paths.map((p) => edgesOf(p).join())).size).toBe(10);
  });
});

describe('reading a step', () => {
  it('reads a link from the step’s first end: forward by its verb, backward by its passive', () => {
    const [path] = shortestPaths(index, 'kh', 'soleimani', new Set(['soleimani-founded-kh'])).paths;
    const back = path![0]!;
    expect(back.forward).toBe(false);
    expect(verbPhrase(relationSentence(index, index.edgesById.get(back.edgeId)!, back.from))).toBe(
      'was founded by',
    );
    const [forward] = shortestPaths(index, 'soleimani', 'kh', all).paths;
    const step = forward![0]!;
    expect(verbPhrase(relationSentence(index, index.edgesById.get(step.edgeId)!, step.from))).toBe(
      'founded',
    );
  });
});
