/**
 * Random edits over editSample's ids (and a few more, some never there), for property tests:
 * many apply, some are refused, as an analyst's would be.
 */
import fc from 'fast-check';
import type { DatasetEdit, EditTarget } from '../../src/domain/edits';
import { CONFIDENCE_LEVELS } from '../../src/domain/confidence';

/** Mostly good values, now and then a bad one. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });

const entityId = mostly(fc.constantFrom('a', 'b', 'c', 'n1', 'n2'), fc.constant('ghost'));
const relationId = fc.constantFrom('a-c', 'b-c', 'a-b', 'c-b', 'r1', 'r2');
const eventId = fc.constantFrom('e1', 'e2', 'v1', 'v2');
const sourceId = mostly(fc.constantFrom('src', 'src', 'memo'), fc.constant('nowhere'));
const text = mostly(
  fc.constantFrom('Alpha', 'Beta 2', 'Kata’ib', 'x', 'Abu Fadak'),
  fc.constant(''),
);
const date = mostly(
  fc.constantFrom(undefined, undefined, '2007', '2019-05', '2020-01-03'),
  fc.constant('2019-02-30'),
);
const quoteText = mostly(
  fc.constantFrom('a quote', 'new quote', 'reportedly so', 'fourth'),
  fc.constant(''),
);
const evidence = fc.record({ source: sourceId, quote: quoteText });
const target: fc.Arbitrary<EditTarget> = fc.oneof(
  entityId.map((id) => ({ kind: 'entity' as const, id })),
  relationId.map((id) => ({ kind: 'relation' as const, id })),
  eventId.map((id) => ({ kind: 'event' as const, id })),
);

export const datasetEdit: fc.Arbitrary<DatasetEdit> = fc.oneof(
  fc
    .record({ id: entityId, label: text, type: fc.constantFrom('organization', 'person', 'ship') })
    .map(({ id, label, type }): DatasetEdit => ({
      kind: 'addEntity',
      entity: { id, label, type, aliases: [], tags: [], evidence: [{ source: 'src', quote: 'q' }] },
    })),
  fc
    .record({
      id: entityId,
      label: text,
      since: date,
      until: date,
      aliases: fc.array(text, { maxLength: 3 }),
    })
    .map(({ id, ...patch }): DatasetEdit => ({ kind: 'updateEntity', id, patch })),
  entityId.map((id): DatasetEdit => ({ kind: 'deleteEntity', id })),
  fc
    .record({
      id: relationId,
      source: entityId,
      target: entityId,
      relation: fc.constantFrom('commands', 'supports', 'custom_kind'),
      confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
    })
    .map((r): DatasetEdit => ({
      kind: 'addRelation',
      relation: { ...r, evidence: [{ source: 'src', quote: 'q' }] },
    })),
  fc
    .record({
      id: relationId,
      relation: fc.constantFrom('controls', 'member_of'),
      confidence: fc.constantFrom(...CONFIDENCE_LEVELS),
      formal: fc.constantFrom(undefined, true, false),
      since: date,
    })
    .map(({ id, ...patch }): DatasetEdit => ({ kind: 'updateRelation', id, patch })),
  relationId.map((id): DatasetEdit => ({ kind: 'deleteRelation', id })),
  fc
    .record({ id: eventId, participants: fc.array(entityId, { maxLength: 3 }), date })
    .map(({ id, participants, date }): DatasetEdit => ({
      kind: 'addEvent',
      event: {
        id,
        title: 'Event',
        summary: '',
        participants,
        ...(date ? { date } : {}),
        evidence: [{ source: 'src', quote: 'q' }],
      },
    })),
  fc
    .record({ id: eventId, title: text, place: fc.option(entityId, { nil: undefined }) })
    .map(({ id, ...patch }): DatasetEdit => ({ kind: 'updateEvent', id, patch })),
  eventId.map((id): DatasetEdit => ({ kind: 'deleteEvent', id })),
  fc.record({ target, evidence }).map((e): DatasetEdit => ({ kind: 'addEvidence', ...e })),
  fc
    .record({ target, evidence, index: mostly(fc.integer({ min: 0, max: 1 }), fc.constant(-1)) })
    .map((e): DatasetEdit => ({ kind: 'updateEvidence', ...e })),
  fc
    .record({ target, index: fc.integer({ min: 0, max: 1 }) })
    .map((e): DatasetEdit => ({ kind: 'removeEvidence', ...e })),
  fc
    .record({ keptId: entityId, mergedId: entityId })
    .map((e): DatasetEdit => ({ kind: 'mergeEntities', ...e })),
  fc.constantFrom('memo', 'src').map((id): DatasetEdit => ({
    kind: 'addSource',
    source: { id, title: 'Memo', publisher: 'Analyst' },
    text: 'Alpha reportedly commands Gamma.',
  })),
);

export type HistoryStep =
  { kind: 'edit'; edit: DatasetEdit } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'revert' };

export const historyStep: fc.Arbitrary<HistoryStep> = fc.oneof(
  { weight: 6, arbitrary: datasetEdit.map((edit) => ({ kind: 'edit' as const, edit })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'revert' as const }) },
);
