import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { RELATION_FAMILIES } from '../../../src/domain/relations';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { generateSyntheticDataset, mulberry32 } from '../../../scripts/lib/synthetic';

function parsed(entities: number, seed = 1): Dataset {
  const result = parseDataset(generateSyntheticDataset({ entities, seed }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  expect(result.warnings).toEqual([]);
  return result.dataset;
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generateSyntheticDataset', () => {
  it('makes datasets the schema accepts without warnings, at every benchmark size', () => {
    for (const entities of [1, 2, 100, 2_000]) {
      const dataset = parsed(entities);
      expect(dataset.nodes).toHaveLength(entities);
    }
  });

  it('gives the same dataset for the same seed and another for another seed', () => {
    const once = JSON.stringify(generateSyntheticDataset({ entities: 300, seed: 7 }));
    expect(JSON.stringify(generateSyntheticDataset({ entities: 300, seed: 7 }))).toBe(once);
    expect(JSON.stringify(generateSyntheticDataset({ entities: 300, seed: 8 }))).not.toBe(once);
  });

  it('links each entity to about three others, without repeated pairs or self-links', () => {
    const dataset = parsed(1_000);
    expect(dataset.edges.length).toBeGreaterThan(2_900);
    expect(dataset.edges.length).toBeLessThanOrEqual(3_000);
    const pairs = new Set(dataset.edges.map((e) => [e.source, e.target].sort().join('|')));
    expect(pairs.size).toBe(dataset.edges.length);
    expect(dataset.edges.every((e) => e.source !== e.target)).toBe(true);
  });

  it('grows hubs: a few entities hold many more relations than the typical one', () => {
    const index = buildGraphIndex(parsed(2_000));
    const degrees = [...index.edgesByNode.values()].map((ids) => ids.length).sort((a, b) => a - b);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[degrees.length - 1]!).toBeGreaterThan(10 * median);
  });

  it('mixes all four entity types, every relation family, every confidence and dated links', () => {
    const dataset = parsed(2_000);
    const index = buildGraphIndex(dataset);
    expect(new Set(dataset.nodes.map((n) => n.type))).toEqual(
      new Set(['organization', 'person', 'place', 'concept']),
    );
    expect(new Set(dataset.edges.map((e) => index.relationOf(e).family))).toEqual(
      new Set(RELATION_FAMILIES.filter((family) => family !== 'other')),
    );
    expect(new Set(dataset.edges.map((e) => e.confidence))).toEqual(
      new Set(['confirmed', 'reported', 'claimed', 'suspected']),
    );
    const years = dataset.edges
      .flatMap((e) => [e.since, e.until])
      .filter((d): d is string => d !== undefined)
      .map((d) => Number(d.slice(0, 4)));
    expect(years.length).toBeGreaterThan(dataset.edges.length / 4);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    expect(dataset.edges.some((e) => e.formal)).toBe(true);
  });

  it('adds about one event per twenty entities, each with participants and a quote', () => {
    const dataset = parsed(2_000);
    expect(dataset.events).toHaveLength(100);
    for (const event of dataset.events) {
      expect(event.participants.length).toBeGreaterThanOrEqual(2);
      expect(event.evidence).toHaveLength(1);
    }
    expect(dataset.events.some((e) => e.place !== undefined)).toBe(true);
  });

  it('backs every entity and relation with a quote from its one synthetic source', () => {
    const dataset = parsed(500);
    expect(dataset.sources).toHaveLength(1);
    const elements = [...dataset.nodes, ...dataset.edges];
    expect(elements.every((e) => e.evidence.length === 1 && e.evidence[0]!.quote.length > 0)).toBe(
      true,
    );
  });
});
