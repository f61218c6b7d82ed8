import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainOfCommand } from '../../../src/domain/command';
import {
  holdsIn,
  isInChain,
  layeringLinks,
  rankedEnds,
  rankTier,
  settleRank,
} from '../../../src/domain/hierarchy';
import { BUILT_IN_RELATIONS, relationType } from '../../../src/domain/relations';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';

const index = buildIndex({
  nodes: ['chief', 'army', 'unit', 'patron', 'city'].map((id) => node(id)),
  edges: [
    edge('chief', 'commands', 'army', { id: 'chief-commands-army' }),
    edge('unit', 'part_of', 'army', { id: 'unit-part-of-army' }),
    edge('chief', 'commands', 'unit', { id: 'nominal', formal: true }),
    edge('patron', 'controls', 'army', { id: 'patron-controls-army' }),
    edge('patron', 'commands', 'unit', { id: 'in-fact-only', formal: false }),
    edge('patron', 'controls', 'city', { id: 'controls-on-paper', formal: true }),
    edge('army', 'operates_in', 'city', { id: 'army-in-city' }),
  ],
});

const chainOf = (chain: 'formal' | 'de-facto') =>
  [...index.edgesById.values()].filter((e) => isInChain(index, e, chain)).map((e) => e.id);

describe('formal and de facto chains', () => {
  it('the de facto chain leaves out links that are nominal only', () => {
    expect(chainOf('de-facto')).toEqual([
      'chief-commands-army',
      'unit-part-of-army',
      'patron-controls-army',
      'in-fact-only',
      'army-in-city',
    ]);
  });

  it('the formal chain leaves out control held in fact and links marked as held in fact only', () => {
    expect(chainOf('formal')).toEqual([
      'chief-commands-army',
      'unit-part-of-army',
      'nominal',
      'controls-on-paper',
      'army-in-city',
    ]);
  });

  it('takes where a link holds from the relation, unless the link says otherwise', () => {
    const holds = (id: string) => holdsIn(index, index.edgesById.get(id)!);
    expect(holds('patron-controls-army')).toBe('in-fact');
    expect(holds('chief-commands-army')).toBe('both');
    expect(holds('controls-on-paper')).toBe('on-paper');
    expect(holds('in-fact-only')).toBe('in-fact');
  });

  it('lets a dataset declare a relation that holds on paper only by default', () => {
    const declared = buildIndex({
      nodes: [node('ministry'), node('militia')],
      edges: [edge('ministry', 'oversees', 'militia', { id: 'oversees' })],
      relationTypes: [
        {
          key: 'oversees',
          label: 'oversees',
          inverseLabel: 'overseen by',
          family: 'command',
          superior: 'source',
          holds: 'on-paper',
        },
      ],
    });
    const link = declared.edgesById.get('oversees')!;
    expect(isInChain(declared, link, 'formal')).toBe(true);
    expect(isInChain(declared, link, 'de-facto')).toBe(false);
  });
});

describe('which relations rank', () => {
  it('ranks command links first, then structure, then membership; nothing else', () => {
    const tiers = Object.fromEntries(BUILT_IN_RELATIONS.map((r) => [r.key, rankTier(r)]));
    expect(tiers).toMatchObject({
      commands: 'command',
      leads: 'command',
      controls: 'command',
      part_of: 'structure',
      member_of: 'membership',
      founded: null,
      merged_into: null,
      appoints: null,
      proxy_of: null,
      supports: null,
    });
  });

  it('does not make founders, electors or merged groups superiors', () => {
    const history = buildIndex({
      nodes: ['founder', 'group', 'elders', 'leader', 'old-band'].map((id) => node(id)),
      edges: [
        edge('founder', 'founded', 'group', { id: 'founded' }),
        edge('elders', 'appoints', 'leader', { id: 'appoints' }),
        edge('old-band', 'merged_into', 'group', { id: 'merged' }),
      ],
    });
    for (const id of ['founded', 'appoints', 'merged'])
      expect(rankedEnds(history, history.edgesById.get(id)!), id).toBeNull();
    expect(settleRank(history, history.edgesById.keys()).kept).toEqual([]);
  });

  it('puts the superior end first, whichever way the link points', () => {
    const ends = (id: string) => rankedEnds(index, index.edgesById.get(id)!);
    expect(ends('chief-commands-army')).toEqual({ superior: 'chief', subordinate: 'army' });
    expect(ends('unit-part-of-army')).toEqual({ superior: 'army', subordinate: 'unit' });
    expect(ends('army-in-city')).toBeNull();
    expect(relationType(index.vocabulary, 'controls').holds).toBe('in-fact');
  });
});

describe('settling rank', () => {
  const ids = (links: { edgeId: string }[]) => links.map((l) => l.edgeId).sort();

  it('keeps a leader above the group he also belongs to', () => {
    const group = buildIndex({
      nodes: [node('leader'), node('group')],
      edges: [
        edge('leader', 'leads', 'group', { id: 'leads' }),
        edge('leader', 'member_of', 'group', { id: 'member' }),
      ],
    });
    const settled = settleRank(group, group.edgesById.keys());
    expect(ids(settled.kept)).toEqual(['leads']);
    expect(ids(settled.setAside)).toEqual(['member']);
  });

  it('keeps the head of a parent body above a unit he is also a member of', () => {
    // The chief leads the body; the unit is part of the body; the chief is a member of the unit.
    const body = buildIndex({
      nodes: ['chief', 'body', 'unit'].map((id) => node(id)),
      edges: [
        edge('chief', 'leads', 'body', { id: 'leads' }),
        edge('unit', 'part_of', 'body', { id: 'part' }),
        edge('chief', 'member_of', 'unit', { id: 'member' }),
      ],
    });
    const settled = settleRank(body, body.edgesById.keys());
    expect(ids(settled.setAside)).toEqual(['member']);
    const chain = chainOfCommand(body, 'chief', new Set(body.edgesById.keys()));
    expect(chain.superiors).toEqual([]);
    expect(chain.cycles).toEqual([]);
  });

  it('puts a unit that dominates its parent body in fact above it', () => {
    const body = buildIndex({
      nodes: [node('unit'), node('body')],
      edges: [
        edge('unit', 'part_of', 'body', { id: 'part' }),
        edge('unit', 'controls', 'body', { id: 'controls' }),
      ],
    });
    const all = [...body.edgesById.keys()];
    const settled = settleRank(body, all);
    expect(ids(settled.kept)).toEqual(['controls']);
    expect(ids(settled.setAside)).toEqual(['part']);
    // On paper, control held in fact is left out, and the unit is below its body again.
    const onPaper = all.filter((id) => isInChain(body, body.edgesById.get(id)!, 'formal'));
    expect(ids(settleRank(body, onPaper).kept)).toEqual(['part']);
  });

  it('does not depend on the order of the links', () => {
    const mixed = buildIndex({
      nodes: ['a', 'b', 'c'].map((id) => node(id)),
      edges: [
        edge('a', 'member_of', 'b', { id: 'a-member-b' }),
        edge('b', 'part_of', 'c', { id: 'b-part-c' }),
        edge('a', 'leads', 'c', { id: 'a-leads-c' }),
      ],
    });
    const forward = settleRank(mixed, ['a-member-b', 'b-part-c', 'a-leads-c']);
    const backward = settleRank(mixed, ['a-leads-c', 'b-part-c', 'a-member-b']);
    expect(ids(forward.kept)).toEqual(ids(backward.kept));
    expect(ids(forward.setAside)).toEqual(['a-member-b']);
  });

  it('keeps a loop of commands for the chain to report', () => {
    const loop = buildIndex({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'commands', 'b', { id: 'ab' }), edge('b', 'commands', 'a', { id: 'ba' })],
    });
    expect(ids(settleRank(loop, loop.edgesById.keys()).kept)).toEqual(['ab', 'ba']);
  });
});

describe('layering for top-down layouts', () => {
  it('orients links by rank, others from source to target', () => {
    expect(
      layeringLinks(index, ['chief-commands-army', 'unit-part-of-army', 'army-in-city']),
    ).toEqual([
      { id: 'chief-commands-army', upper: 'chief', lower: 'army' },
      { id: 'unit-part-of-army', upper: 'army', lower: 'unit' },
      { id: 'army-in-city', upper: 'army', lower: 'city' },
    ]);
  });

  it('puts a patron above its proxy, and leaves out what the chain rule sets aside', () => {
    const mixed = buildIndex({
      nodes: ['leader', 'group', 'patron'].map((id) => node(id)),
      edges: [
        edge('leader', 'leads', 'group', { id: 'leads' }),
        edge('leader', 'member_of', 'group', { id: 'member' }),
        edge('group', 'proxy_of', 'patron', { id: 'proxy' }),
      ],
    });
    expect(layeringLinks(mixed, mixed.edgesById.keys())).toEqual([
      { id: 'leads', upper: 'leader', lower: 'group' },
      { id: 'proxy', upper: 'patron', lower: 'group' },
    ]);
  });
});

describe('chain walks (property)', () => {
  const RANKING = ['commands', 'leads', 'controls', 'part_of', 'member_of', 'founded', 'supports'];
  const graph = fc.array(
    fc.record({
      from: fc.integer({ min: 0, max: 7 }),
      to: fc.integer({ min: 0, max: 7 }),
      relation: fc.constantFrom(...RANKING),
      formal: fc.constantFrom(undefined, true, false),
    }),
    { maxLength: 30 },
  );

  it('never lists an entity twice, nor the start, and each step hangs off one already listed', () => {
    fc.assert(
      fc.property(graph, fc.integer({ min: 0, max: 7 }), (links, start) => {
        const random = buildIndex({
          nodes: Array.from({ length: 8 }, (_, i) => node(`n${i}`)),
          edges: links.map((l, i) =>
            edge(`n${l.from}`, l.relation, `n${l.to}`, { id: `e${i}`, formal: l.formal }),
          ),
        });
        const result = chainOfCommand(random, `n${start}`, new Set(random.edgesById.keys()));
        for (const steps of [result.superiors, result.subordinates]) {
          const seen = new Set([`n${start}`]);
          let depth = 1;
          for (const step of steps) {
            expect(seen.has(step.nodeId)).toBe(false);
            expect(seen.has(step.via)).toBe(true);
            expect(step.depth === depth || step.depth === depth + 1).toBe(true);
            depth = step.depth;
            seen.add(step.nodeId);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
