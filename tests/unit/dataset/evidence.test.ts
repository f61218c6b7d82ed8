import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUnverifiedQuotes } from '../../../src/domain/quotes';
import type { Confidence, Evidence } from '../../../src/domain/schema';
import {
  loadDefaultDataset,
  readDefaultSourceTexts,
  SEED_ARTICLE_PATH,
} from '../../helpers/defaultDataset';

const dataset = loadDefaultDataset();
const seedPresent = existsSync(SEED_ARTICLE_PATH);

/** The article's own hedging words, for each confidence short of "confirmed". */
const HEDGES: Record<Exclude<Confidence, 'confirmed'>, RegExp> = {
  suspected: /\b(suspected|likely)\b/i,
  reported: /\b(told me|estimates suggest|sources)\b/i,
  claimed: /\bclaimed\b/i,
};

const quotesOf = (evidence: readonly Evidence[]) => evidence.map((e) => e.quote).join(' \n ');

describe('evidence in the default dataset', () => {
  it('cites War on the Rocks by title, without inventing an author or a date', () => {
    expect(dataset.sources).toHaveLength(1);
    const [source] = dataset.sources;
    expect(source).toMatchObject({
      publisher: 'War on the Rocks',
      title: "The Still-Growing Threat of Iran's Chosen Proxy in Iraq",
    });
    expect(source?.author).toBeUndefined();
    expect(source?.published).toBeUndefined();
  });

  it('backs every entity, relation and event with at least one quote from that source', () => {
    const ids = new Set(dataset.sources.map((s) => s.id));
    for (const item of [...dataset.nodes, ...dataset.edges, ...dataset.events]) {
      expect(item.evidence.length, item.id).toBeGreaterThan(0);
      for (const e of item.evidence) expect(ids.has(e.source), item.id).toBe(true);
    }
  });

  it('ships the text of every source in the repository and quotes it verbatim', () => {
    const texts = readDefaultSourceTexts(dataset);
    expect([...texts.keys()]).toEqual(dataset.sources.map((s) => s.id));
    expect(findUnverifiedQuotes(dataset, texts)).toEqual([]);
  });

  it.skipIf(!seedPresent)(
    'ships the seed article byte for byte (needs ../shared/seeds beside the repository)',
    () => {
      const [text] = readDefaultSourceTexts(dataset).values();
      expect(text).toBe(readFileSync(SEED_ARTICLE_PATH, 'utf8'));
    },
  );

  it('never calls confirmed what the article hedges', () => {
    const overstated = dataset.edges.filter((edge) => {
      const text = quotesOf(edge.evidence);
      if (HEDGES.suspected.test(text)) return edge.confidence !== 'suspected';
      if (HEDGES.claimed.test(text)) return edge.confidence === 'confirmed';
      if (/\b(told me|estimates suggest)\b/i.test(text)) return edge.confidence === 'confirmed';
      return false;
    });
    expect(overstated.map((e) => `${e.id} (${e.confidence})`)).toEqual([]);
  });

  it('backs every hedged confidence with the article’s hedging words', () => {
    const unbacked = dataset.edges.filter(
      (edge) =>
        edge.confidence !== 'confirmed' && !HEDGES[edge.confidence].test(quotesOf(edge.evidence)),
    );
    expect(unbacked.map((e) => `${e.id} (${e.confidence})`)).toEqual([]);
  });

  it('takes every year from a quote, or explains the inference in a note', () => {
    const dated = [
      ...dataset.nodes.flatMap((n) => [n.since, n.until].map((d) => ({ item: n, date: d }))),
      ...dataset.edges.flatMap((e) => [e.since, e.until].map((d) => ({ item: e, date: d }))),
      ...dataset.events.map((e) => ({ item: e, date: e.date })),
    ];
    const unexplained = dated
      .filter(({ date }) => date !== undefined)
      .filter(({ item, date }) => {
        const year = (date as string).slice(0, 4);
        return !item.evidence.some((e) => e.quote.includes(year) || e.note?.includes(year));
      })
      .map(({ item, date }) => `${item.id} ${date}`);
    expect(unexplained).toEqual([]);
  });
});
