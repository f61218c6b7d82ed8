import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  applyEdits,
  dependantsOf,
  EditError,
  mergeEntities,
  newId,
  tryApplyEdit,
  type DatasetEdit,
} from '../../../src/domain/edits';
import { suggestConfidence } from '../../../src/domain/confidence';
import {
  findUnverifiedQuotes,
  inlineSourceTexts,
  unverifiedQuotes,
} from '../../../src/domain/quotes';
import { parseDataset, type Dataset, type DatasetNode } from '../../../src/domain/schema';
import { edge, quote } from '../../helpers/datasetBuilder';
import { editSample } from '../../helpers/editSample';

const sample = editSample;

const valid = (dataset: Dataset) => {
  const result = parseDataset(JSON.parse(JSON.stringify(dataset)), { requireEvidence: true });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
};

const message = (dataset: Dataset, edit: DatasetEdit) => {
  const result = tryApplyEdit(dataset, edit);
  return result.ok ? null : result.message;
};

describe('applyEdit: entities', () => {
  it('adds an entity with its defaults and leaves the original alone', () => {
    const before = sample();
    const copy = structuredClone(before);
    const after = applyEdit(before, {
      kind: 'addEntity',
      entity: { id: 'd', type: 'place', label: 'Delta', evidence: [quote('delta')] } as never,
    });
    expect(after.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(after.nodes[3]).toMatchObject({ aliases: [], tags: [] });
    expect(before).toEqual(copy);
    expect(after.edges).toBe(before.edges);
    valid(after);
  });

  it('refuses an entity whose id is taken by an entity or a relation, or without a quote', () => {
    const d = sample();
    const entity = (id: string, evidence = [quote('x')]) =>
      ({ id, type: 'organization', label: 'X', aliases: [], tags: [], evidence }) as DatasetNode;
    expect(message(d, { kind: 'addEntity', entity: entity('a') })).toBe(
      `The id "a" is already an entity's`,
    );
    expect(message(d, { kind: 'addEntity', entity: entity('a-c') })).toBe(
      `The id "a-c" is already a relation's`,
    );
    expect(message(d, { kind: 'addEntity', entity: entity('z', []) })).toBe(
      'A new item needs at least one quote',
    );
    expect(message(d, { kind: 'addEntity', entity: { ...entity('z'), type: 'ship' } })).toBe(
      'Unknown entity type "ship"',
    );
    expect(() =>
      applyEdit(d, { kind: 'addEntity', entity: { ...entity('z'), label: '' } }),
    ).toThrow(EditError);
  });

  it('updates fields, and removes one the patch sets to undefined', () => {
    const d = applyEdit(sample(), {
      kind: 'updateEntity',
      id: 'a',
      patch: { since: '2007', summary: 'S' },
    });
    const after = applyEdit(d, {
      kind: 'updateEntity',
      id: 'a',
      patch: { label: 'Alpha Brigade', aliases: ['AB'], since: undefined, type: 'person' },
    });
    const a = after.nodes[0]!;
    expect(a).toMatchObject({
      label: 'Alpha Brigade',
      aliases: ['AB'],
      summary: 'S',
      type: 'person',
    });
    expect('since' in a).toBe(false);
    valid(after);
  });

  it('refuses an update of an unknown entity, to disordered dates or to no evidence', () => {
    const d = sample();
    expect(message(d, { kind: 'updateEntity', id: 'nope', patch: { label: 'X' } })).toBe(
      'There is no entity "nope"',
    );
    expect(
      message(d, { kind: 'updateEntity', id: 'a', patch: { since: '2010', until: '2009' } }),
    ).toBe("The entity's end (2009) is before its start (2010)");
    expect(message(d, { kind: 'updateEntity', id: 'a', patch: { evidence: [] } })).toMatch(
      /last quote/,
    );
    expect(message(d, { kind: 'updateEntity', id: 'a', patch: { id: 'z' } as never })).toBe(
      'An id cannot be changed',
    );
  });

  it('deletes an entity with its relations, its place in events and in curated views', () => {
    const after = applyEdit(sample(), { kind: 'deleteEntity', id: 'b' });
    expect(after.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(after.edges.map((e) => e.id)).toEqual(['a-c']);
    expect(after.events[0]).toMatchObject({ participants: ['a'] });
    expect('place' in after.events[0]!).toBe(false);
    expect(after.views.map((v) => v.state)).toEqual([{}, {}, {}]);
    valid(after);
  });
});

describe('applyEdit: relations and events', () => {
  it('adds a relation between known entities only', () => {
    const d = sample();
    const relation = {
      ...edge('c', 'supports', 'a', { id: 'c-a', evidence: [quote('c supports a')] }),
      formal: undefined,
    };
    const after = applyEdit(d, { kind: 'addRelation', relation: relation as never });
    expect(after.edges.at(-1)).toMatchObject({ id: 'c-a', source: 'c', target: 'a' });
    valid(after);
    expect(
      message(d, { kind: 'addRelation', relation: { ...relation, target: 'ghost' } as never }),
    ).toBe('The relation points to an unknown entity "ghost"');
    expect(
      message(d, { kind: 'addRelation', relation: { ...relation, source: 'ghost' } as never }),
    ).toBe('The relation starts from an unknown entity "ghost"');
    expect(message(d, { kind: 'addRelation', relation: { ...relation, id: 'b-c' } as never })).toBe(
      `The id "b-c" is already a relation's`,
    );
    expect(
      message(d, { kind: 'addRelation', relation: { ...relation, confidence: 'sure' } as never }),
    ).toMatch(/^The relation is not valid \(confidence\)/);
  });

  it('updates a relation (kind, confidence, formal, label, ends) and deletes one', () => {
    const d = applyEdit(sample(), {
      kind: 'updateRelation',
      id: 'b-c',
      patch: {
        relation: 'controls',
        confidence: 'suspected',
        formal: false,
        label: 'in fact',
        target: 'a',
      },
    });
    expect(d.edges[1]).toMatchObject({
      relation: 'controls',
      confidence: 'suspected',
      formal: false,
      label: 'in fact',
      target: 'a',
    });
    expect(message(d, { kind: 'updateRelation', id: 'b-c', patch: { source: 'ghost' } })).toMatch(
      /unknown entity "ghost"/,
    );
    const deleted = applyEdit(d, { kind: 'deleteRelation', id: 'b-c' });
    expect(deleted.edges.map((e) => e.id)).toEqual(['a-c', 'a-b', 'c-b']);
    expect(deleted.views[2]!.state).toEqual({});
    valid(deleted);
    expect(message(deleted, { kind: 'deleteRelation', id: 'b-c' })).toBe(
      'There is no relation "b-c"',
    );
  });

  it('adds, updates and deletes events, whose participants and place must be entities', () => {
    const d = sample();
    const added = applyEdit(d, {
      kind: 'addEvent',
      event: {
        id: 'e3',
        title: 'Strike',
        participants: ['a'],
        place: 'c',
        evidence: [quote('strike')],
      } as never,
    });
    expect(added.events.at(-1)).toMatchObject({ id: 'e3', summary: '', participants: ['a'] });
    expect(message(d, { kind: 'addEvent', event: { ...added.events.at(-1)!, id: 'e1' } })).toBe(
      `The id "e1" is already an event's`,
    );
    expect(
      message(added, { kind: 'updateEvent', id: 'e3', patch: { participants: ['ghost'] } }),
    ).toBe('The event names an unknown participant "ghost"');
    expect(message(added, { kind: 'updateEvent', id: 'e3', patch: { place: 'ghost' } })).toBe(
      `The event's place "ghost" is not an entity`,
    );
    const updated = applyEdit(added, {
      kind: 'updateEvent',
      id: 'e3',
      patch: { title: 'Drone strike', date: '2020-01-03' },
    });
    expect(updated.events.at(-1)).toMatchObject({ title: 'Drone strike', date: '2020-01-03' });
    const deleted = applyEdit(updated, { kind: 'deleteEvent', id: 'e3' });
    expect(deleted.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    valid(deleted);
  });
});

describe('applyEdit: evidence and sources', () => {
  it('adds, updates and removes quotes, never the last one', () => {
    const target = { kind: 'relation', id: 'a-c' } as const;
    const d = applyEdit(sample(), { kind: 'addEvidence', target, evidence: quote('second quote') });
    expect(d.edges[0]!.evidence.map((e) => e.quote)).toEqual(['a quote', 'second quote']);
    expect(message(d, { kind: 'addEvidence', target, evidence: quote('second quote') })).toBe(
      'The relation already has this quote',
    );
    const updated = applyEdit(d, {
      kind: 'updateEvidence',
      target,
      index: 1,
      evidence: { ...quote('second, fixed'), note: 'n' },
    });
    expect(updated.edges[0]!.evidence[1]).toEqual({
      source: 'src',
      quote: 'second, fixed',
      note: 'n',
    });
    const removed = applyEdit(updated, { kind: 'removeEvidence', target, index: 0 });
    expect(removed.edges[0]!.evidence.map((e) => e.quote)).toEqual(['second, fixed']);
    expect(message(removed, { kind: 'removeEvidence', target, index: 0 })).toMatch(
      /^The last quote cannot be removed/,
    );
    expect(message(removed, { kind: 'removeEvidence', target, index: 3 })).toBe(
      'There is no quote number 4 (it has 1)',
    );
    expect(
      message(removed, {
        kind: 'addEvidence',
        target,
        evidence: { source: 'nowhere', quote: 'q' },
      }),
    ).toBe('The quote cites an unknown source "nowhere"');
    expect(
      message(removed, {
        kind: 'addEvidence',
        target: { kind: 'event', id: 'x' },
        evidence: quote('q'),
      }),
    ).toBe('There is no event "x"');
    valid(removed);
  });

  it('adds a source with its full text kept in the dataset', () => {
    const source = { id: 'memo', title: 'A memo', publisher: 'Analyst' };
    const d = applyEdit(sample(), {
      kind: 'addSource',
      source,
      text: 'Alpha commands Gamma, reportedly.',
    });
    expect(d.sources.at(-1)).toEqual({ ...source, text: 'Alpha commands Gamma, reportedly.' });
    const quoted = applyEdit(d, {
      kind: 'addEvidence',
      target: { kind: 'entity', id: 'a' },
      evidence: { source: 'memo', quote: 'Alpha commands Gamma' },
    });
    valid(quoted);
    expect(message(d, { kind: 'addSource', source, text: 'again' })).toBe(
      `The id "memo" is already a source's`,
    );
    expect(message(sample(), { kind: 'addSource', source, text: '' })).toBe(
      'The source has no text',
    );
  });
});

describe('dependantsOf', () => {
  it('lists the relations touching an entity, its events and the views naming it', () => {
    const deps = dependantsOf(sample(), { kind: 'entity', id: 'b' });
    expect(deps.relations.map((e) => e.id)).toEqual(['b-c', 'a-b', 'c-b']);
    expect(deps.events.map((e) => [e.event.id, e.role])).toEqual([['e1', 'participant']]);
    expect(deps.views.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(
      dependantsOf(sample(), { kind: 'entity', id: 'c' }).events.map((e) => e.event.id),
    ).toEqual(['e2']);
  });

  it('names the place role when the entity is only the place', () => {
    const d = applyEdit(sample(), {
      kind: 'updateEvent',
      id: 'e1',
      patch: { participants: ['a'] },
    });
    expect(dependantsOf(d, { kind: 'entity', id: 'b' }).events.map((e) => e.role)).toEqual([
      'place',
    ]);
  });

  it('lists only views for a relation or an event', () => {
    expect(dependantsOf(sample(), { kind: 'relation', id: 'b-c' })).toMatchObject({
      relations: [],
      events: [],
      views: [{ id: 'v3' }],
    });
    expect(dependantsOf(sample(), { kind: 'event', id: 'e1' }).views).toEqual([]);
  });
});

describe('mergeEntities', () => {
  it('joins label, aliases, tags and quotes without duplicates', () => {
    const after = mergeEntities(sample(), 'a', 'b');
    const a = after.nodes.find((n) => n.id === 'a')!;
    expect(after.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(a.label).toBe('Alpha');
    // 'al' repeats 'Al' (case aside): kept once.
    expect(a.aliases).toEqual(['Al', 'Beta', 'B']);
    expect(a.tags).toEqual(['militia', 'iraq']);
    expect(a.evidence.map((e) => e.quote)).toEqual(['a quote', 'beta quote', 'a and b']);
    valid(after);
  });

  it('moves relations, merging a duplicate and a self-loop with their quotes kept', () => {
    const after = mergeEntities(sample(), 'a', 'b');
    // b-c duplicates a-c once moved: its quote and surer confidence join a-c; a-b becomes a loop.
    expect(after.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['a-c', 'a', 'c'],
      ['c-b', 'c', 'a'],
    ]);
    expect(after.edges[0]!.evidence.map((e) => e.quote)).toEqual(['a quote', 'b commands c']);
    expect(after.edges[0]!.confidence).toBe('confirmed');
    const quotes = [...after.nodes, ...after.edges].flatMap((x) => x.evidence.map((e) => e.quote));
    for (const q of ['beta quote', 'b commands c', 'a and b']) expect(quotes).toContain(q);
  });

  it('rewrites events and curated views to the kept entity', () => {
    const after = mergeEntities(sample(), 'a', 'b');
    expect(after.events[0]).toMatchObject({ participants: ['a'], place: 'a' });
    expect(after.views[0]!.state).toEqual({
      selection: { kind: 'node', id: 'a' },
      focus: { id: 'a', hops: 1 },
    });
    // A path from a to b is now from a to a: no path.
    expect(after.views[1]!.state).toEqual({});
    // The duplicate relation selected is now the one it joined.
    expect(after.views[2]!.state).toEqual({ selection: { kind: 'edge', id: 'a-c' } });
  });

  it('widens dates, keeps both summaries and refuses odd merges', () => {
    let d = applyEdit(sample(), {
      kind: 'updateEntity',
      id: 'a',
      patch: { since: '2010', until: '2012', summary: 'A.' },
    });
    d = applyEdit(d, {
      kind: 'updateEntity',
      id: 'b',
      patch: { since: '2007-05', until: '2015', summary: 'B.' },
    });
    const a = mergeEntities(d, 'a', 'b').nodes[0]!;
    expect(a).toMatchObject({ since: '2007-05', until: '2015', summary: 'A.\n\nB.' });
    expect(message(d, { kind: 'mergeEntities', keptId: 'a', mergedId: 'a' })).toBe(
      'An entity cannot be merged into itself',
    );
    expect(message(d, { kind: 'mergeEntities', keptId: 'a', mergedId: 'x' })).toBe(
      'There is no entity "x"',
    );
  });

  it('keeps a clashing attribute under the merged entity label', () => {
    let d = applyEdit(sample(), {
      kind: 'updateEntity',
      id: 'a',
      patch: { attributes: { country: 'Iraq', size: 10 } },
    });
    d = applyEdit(d, {
      kind: 'updateEntity',
      id: 'b',
      patch: { attributes: { country: 'Syria', founded: 2003 } },
    });
    expect(mergeEntities(d, 'a', 'b').nodes[0]!.attributes).toEqual({
      country: 'Iraq',
      size: 10,
      founded: 2003,
      'country (Beta)': 'Syria',
    });
  });
});

describe('applyEdits and newId', () => {
  it('replays a log and reports an edit that no longer applies', () => {
    const { dataset, skipped } = applyEdits(sample(), [
      { kind: 'updateEntity', id: 'a', patch: { label: 'A2' } },
      { kind: 'deleteEntity', id: 'ghost' },
      { kind: 'deleteRelation', id: 'a-b' },
    ]);
    expect(dataset.nodes[0]!.label).toBe('A2');
    expect(dataset.edges).toHaveLength(3);
    expect(skipped).toEqual([{ index: 1, message: 'There is no entity "ghost"' }]);
  });

  it('makes ids from labels, unique', () => {
    const taken = new Set(['abu-fadak', 'abu-fadak-2']);
    expect(newId('Abu Fadak', (id) => taken.has(id))).toBe('abu-fadak-3');
    expect(newId('Kata’ib Hizballah', () => false)).toBe('kata-ib-hizballah');
    expect(newId('…', () => false)).toBe('item');
  });
});

describe('suggestConfidence', () => {
  it('takes the weakest hedge of the quote', () => {
    expect(suggestConfidence('The group commands 10,000 fighters.')).toEqual({
      confidence: 'confirmed',
    });
    expect(suggestConfidence('He reportedly met the commander.')).toEqual({
      confidence: 'reported',
      hedge: 'reportedly',
    });
    expect(suggestConfidence('Sources told Reuters that he left.')).toMatchObject({
      confidence: 'reported',
    });
    expect(suggestConfidence('The militia allegedly fired the rockets.')).toMatchObject({
      confidence: 'claimed',
    });
    expect(suggestConfidence('The group claimed the attack.')).toMatchObject({
      confidence: 'claimed',
    });
    expect(suggestConfidence('It reportedly struck, likely with drones.')).toEqual({
      confidence: 'suspected',
      hedge: 'likely',
    });
    expect(suggestConfidence('the suspected Kata’ib Hizballah attack')).toMatchObject({
      confidence: 'suspected',
    });
    // Whole words only.
    expect(suggestConfidence('The unclaimed land was surveyed.')).toEqual({
      confidence: 'confirmed',
    });
  });
});

describe('unverifiedQuotes', () => {
  it('flags quotes not in their source text, inline text included, with the validator rule', () => {
    let d = applyEdit(sample(), {
      kind: 'addSource',
      source: { id: 'memo', title: 'Memo', publisher: 'Analyst' },
      text: 'Alpha commands Gamma from the north.\n\nBeta was seen.',
    });
    d = applyEdit(d, {
      kind: 'addEvidence',
      target: { kind: 'entity', id: 'a' },
      evidence: { source: 'memo', quote: 'Alpha commands  Gamma' },
    });
    d = applyEdit(d, {
      kind: 'addEvidence',
      target: { kind: 'entity', id: 'b' },
      evidence: { source: 'memo', quote: 'Gamma from the north. Beta was seen.' },
    });
    const texts = new Map([['src', 'a quote here, and a and b too.']]);
    const found = unverifiedQuotes(d, texts);
    expect(found.map((f) => [f.target.kind, f.target.id, f.index, f.evidence.quote])).toEqual([
      ['entity', 'b', 0, 'beta quote'],
      ['entity', 'b', 1, 'Gamma from the north. Beta was seen.'],
      ['relation', 'b-c', 0, 'b commands c'],
    ]);
    // The matcher the validator uses decides: same answers.
    expect(findUnverifiedQuotes(d, new Map([...inlineSourceTexts(d), ...texts]))).toHaveLength(3);
    // Without a text, nothing is checked.
    expect(unverifiedQuotes(sample(), new Map())).toEqual([]);
  });
});
