import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldForSearch, MATCH_RANK, search } from '../../../src/domain/search';
import { buildParsedDataset, edge, event, node } from '../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

const small = buildParsedDataset({
  nodes: [
    node('kh', { label: "Kata'ib Hizballah", aliases: ['KH'], summary: 'An Iraqi militia.' }),
    node('kh-security', { label: "Kata'ib Hizballah security division" }),
    node('abu-fadak', {
      type: 'person',
      label: 'Abu Fadak al-Mohammadawi',
      aliases: ['al-Khaal'],
      summary: 'Commander of the militia.',
    }),
    node('soleimani', { type: 'person', label: 'Qassem Soleimani' }),
    node('kadhimi', { type: 'person', label: 'Mustafa al-Kadhimi' }),
    node('husseini', { type: 'person', label: 'Jaafar al-Husseini' }),
    node('sadr', {
      type: 'person',
      label: 'Muqtada al-Sadr',
      summary: 'Leader of Saraya al-Salam.',
    }),
    node('hizballah-x', { label: 'Hizballah' }),
  ],
  events: [event('founding', { title: "Kata'ib Hizballah formed", date: '2007' })],
});
const index = buildSearchIndex(small);
const ids = (query: string) => search(index, query).map((r) => r.id);

describe('foldForSearch', () => {
  it('ignores case, diacritics, apostrophes and hyphens', () => {
    expect(foldForSearch("Kata'ib")).toBe('kataib');
    expect(foldForSearch('Kata’ib')).toBe('kataib');
    expect(foldForSearch('KATAʿIB')).toBe('kataib');
    expect(foldForSearch('Ṣadr')).toBe('sadr');
    expect(foldForSearch('al-Khaal')).toBe('al khal');
  });

  it('treats common transliteration pairs as one spelling', () => {
    expect(foldForSearch('Abou')).toBe(foldForSearch('Abu'));
    expect(foldForSearch('Moosa')).toBe(foldForSearch('Musa'));
    expect(foldForSearch('Husseeni')).toBe(foldForSearch('Husini'));
    expect(foldForSearch('Qasem')).toBe(foldForSearch('Kassem'));
    expect(foldForSearch('Kadhimi')).toBe(foldForSearch('Kazimi'));
  });
});

describe('search', () => {
  it('finds a name however its apostrophe is written, or without one', () => {
    for (const query of ['kataib', "Kata'ib", 'Kata’ib', 'KATAIB'])
      expect(ids(query)[0]).toBe('kh');
  });

  it('finds an entity by an alias, and says which alias matched', () => {
    const [first] = search(index, 'Khaal');
    expect(first).toMatchObject({
      id: 'abu-fadak',
      matchedField: 'alias',
      matchedAlias: 'al-Khaal',
    });
  });

  it('finds names across transliterations', () => {
    expect(ids('Abou Fadak')).toContain('abu-fadak');
    expect(ids('Kasem Suleimani')).toEqual([]);
    expect(ids('Kasem')).toContain('soleimani');
    expect(ids('Kazimi')).toContain('kadhimi');
    expect(ids('Husaini')).toEqual([]);
    expect(ids('Huseini')).toContain('husseini');
  });

  it('ranks an exact label above a prefix, a prefix above an alias, an alias above a summary', () => {
    const ranks = search(index, 'hizballah').map((r) => [r.id, r.rank]);
    expect(ranks[0]).toEqual(['hizballah-x', MATCH_RANK.exactLabel]);
    expect(search(index, 'kataib').map((r) => r.id)).toEqual(['kh', 'founding', 'kh-security']);
    const militia = search(index, 'militia');
    expect(militia.every((r) => r.matchedField === 'summary')).toBe(true);
    expect(search(index, 'kh')[0]).toMatchObject({ id: 'kh', rank: MATCH_RANK.exactAlias });
  });

  it('puts label matches before alias matches before summary matches for the same word', () => {
    const withAll = buildSearchIndex(
      buildParsedDataset({
        nodes: [
          node('by-summary', { label: 'Zeta', summary: 'Known as the uncle.' }),
          node('by-alias', { label: 'Epsilon', aliases: ['the uncle of all'] }),
          node('by-prefix', { label: 'Uncle Sam' }),
          node('by-label', { label: 'Uncle' }),
        ],
      }),
    );
    expect(search(withAll, 'uncle').map((r) => r.id)).toEqual([
      'by-label',
      'by-prefix',
      'by-alias',
      'by-summary',
    ]);
  });

  it('puts an exact alias before labels that merely begin with it', () => {
    const withAlias = buildSearchIndex(
      buildParsedDataset({
        nodes: [
          node('pmf', { label: 'Popular Mobilization Forces', aliases: ['PMF'] }),
          node('pmf-security', { label: 'PMF security directorate' }),
        ],
      }),
    );
    expect(search(withAlias, 'pmf').map((r) => r.id)).toEqual(['pmf', 'pmf-security']);
  });

  it('among equally good matches, lists the better connected entity first', () => {
    const connected = buildSearchIndex(
      buildParsedDataset({
        nodes: [
          node('karbala', { label: "Kata'ib Karbala" }),
          node('kh', { label: "Kata'ib Hizballah" }),
          node('pmf'),
          node('iran'),
        ],
        edges: [edge('kh', 'part_of', 'pmf'), edge('iran', 'arms', 'kh')],
      }),
    );
    expect(search(connected, 'kataib').map((r) => r.id)).toEqual(['kh', 'karbala']);
  });

  it('matches every word of a query in any order within a summary', () => {
    expect(ids('salam leader')).toEqual(['sadr']);
  });

  it('finds events by title', () => {
    const result = search(index, 'formed').find((r) => r.kind === 'event');
    expect(result).toMatchObject({
      id: 'founding',
      label: "Kata'ib Hizballah formed",
      detail: '2007',
    });
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, " '- ")).toEqual([]);
  });

  it('respects the limit', () => {
    expect(search(index, 'a', 2)).toHaveLength(2);
  });

  it('finds the default dataset’s people by nickname and spelling variants', () => {
    const real = buildSearchIndex(loadDefaultDataset());
    // al-Khaal is a position (some sources say Abu Fadak alone holds it): both come first.
    expect(
      search(real, 'Khaal')
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['abu-fadak', 'al-khaal']);
    expect(search(real, 'al-Mohandis')[0]?.id).toBe('muhandis');
    expect(search(real, 'PMU')[0]?.id).toBe('pmf');
    expect(search(real, 'IRGC-QF')[0]?.id).toBe('quds-force');
    expect(search(real, 'Sabereen')[0]?.id).toBe('sabreen-news');
    expect(search(real, 'Abu Fadak')[0]?.id).toBe('abu-fadak');
    expect(search(real, 'kataib')[0]?.id).toBe('kataib-hizballah');
    expect(search(real, 'Kata’ib Hizballah')[0]?.id).toBe('kataib-hizballah');
    expect(search(real, 'Qasem Soleimani')[0]?.id).toBe('soleimani');
    expect(search(real, 'PMF')[0]?.id).toBe('pmf');
    expect(search(real, 'Muhandis')[0]?.id).toBe('muhandis');
  });
});
