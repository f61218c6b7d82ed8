import { describe, expect, it } from 'vitest';
import { isInChain, layeringLinks, rankedEnds } from '../../../src/domain/hierarchy';
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
});

describe('rank', () => {
  it('puts the superior end first, whichever way the link points', () => {
    const ends = (id: string) => rankedEnds(index, index.edgesById.get(id)!);
    expect(ends('chief-commands-army')).toEqual({ superior: 'chief', subordinate: 'army' });
    expect(ends('unit-part-of-army')).toEqual({ superior: 'army', subordinate: 'unit' });
    expect(ends('army-in-city')).toBeNull();
  });

  it('orients links for a top-down layout by rank, others from source to target', () => {
    expect(
      layeringLinks(index, ['chief-commands-army', 'unit-part-of-army', 'army-in-city']),
    ).toEqual([
      { id: 'chief-commands-army', upper: 'chief', lower: 'army' },
      { id: 'unit-part-of-army', upper: 'army', lower: 'unit' },
      { id: 'army-in-city', upper: 'army', lower: 'city' },
    ]);
  });
});
