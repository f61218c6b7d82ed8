import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import {
  phrasingOf,
  relationSentence,
  sentenceText,
  verbPhrase,
} from '../../../src/domain/relationSentences';
import { BUILT_IN_RELATIONS, unknownRelationType } from '../../../src/domain/relations';
import { buildIndex, edge, node } from '../../helpers/datasetBuilder';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

const SINGULAR_FINITE = new Set(['is', 'was', 'has']);
const PLURAL_FINITE = new Set(['are', 'were', 'have']);

/** A verb phrase that can follow a singular subject: "is …", "has …", "commands", "founded". */
function agreesWithSingular(phrase: string): boolean {
  const first = phrase.split(' ')[0]!;
  return SINGULAR_FINITE.has(first) || /[^s]s$/.test(first) || /ed$/.test(first);
}

/** One that can follow a plural subject: "are …", "have …", "command", "founded", never "commands". */
function agreesWithPlural(phrase: string): boolean {
  const first = phrase.split(' ')[0]!;
  if (PLURAL_FINITE.has(first) || /ed$/.test(first)) return true;
  return !SINGULAR_FINITE.has(first) && !/[^s]s$/.test(first);
}

/** Two entities, one singular and one plural, joined by one relation of `key`. */
function pairWith(key: string) {
  return buildIndex({
    nodes: [
      node('one', { label: 'Alpha Group' }),
      node('many', { label: 'Beta units', plural: true }),
      node('other', { label: 'Gamma Office' }),
    ],
    edges: [
      edge('one', key, 'other', { id: 'singular' }),
      edge('many', key, 'other', { id: 'plural-source' }),
      edge('other', key, 'many', { id: 'plural-target' }),
    ],
  });
}

describe('every relation of the vocabulary reads as a sentence in both directions', () => {
  for (const type of BUILT_IN_RELATIONS) {
    it(`${type.key}: "${type.label}" / "${type.inverseLabel}"`, () => {
      const index = pairWith(type.key);
      const singular = index.edgesById.get('singular')!;
      const forward = relationSentence(index, singular, 'one');
      const backward = relationSentence(index, singular, 'other');

      // Subject first, then the verb, then the object (and whatever the phrase puts after it).
      expect(sentenceText(index, forward)).toMatch(/^Alpha Group \S.* Gamma Office( .+)?$/);
      expect(sentenceText(index, backward)).toMatch(/^Gamma Office \S.* Alpha Group( .+)?$/);
      expect(forward).toMatchObject({ subjectId: 'one', objectId: 'other' });
      expect(backward).toMatchObject({ subjectId: 'other', objectId: 'one' });

      // The verb is finite and agrees with a singular subject.
      expect(agreesWithSingular(forward.verb), forward.verb).toBe(true);
      expect(agreesWithSingular(backward.verb), backward.verb).toBe(true);
      // A relation that is not mutual reads differently from its other end.
      if (!type.symmetric && type.label !== type.inverseLabel)
        expect(verbPhrase(backward)).not.toBe(verbPhrase(forward));
      // Nothing of the machinery leaks into the words.
      for (const s of [forward, backward]) {
        expect(`${s.verb} ${s.tail}`).not.toMatch(/[_{}]|\(inverse\)/);
        expect(s.note).toBe('');
      }

      // A plural subject takes a plural verb, from either end.
      const pluralForward = relationSentence(index, index.edgesById.get('plural-source')!, 'many');
      const pluralBackward = relationSentence(index, index.edgesById.get('plural-target')!, 'many');
      for (const s of [pluralForward, pluralBackward]) {
        expect(s.subjectId).toBe('many');
        expect(agreesWithPlural(s.verb), s.verb).toBe(true);
      }
    });
  }
});

describe('relation sentences', () => {
  it('keeps a relation’s own label apart, as a note, instead of between the names', () => {
    const index = buildGraphIndex(loadDefaultDataset());
    const imposed = index.dataset.edges.find(
      (e) => e.relation === 'appoints' && e.target === 'abu-fadak',
    )!;
    expect(sentenceText(index, relationSentence(index, imposed, 'kataib-hizballah'))).toBe(
      "Kata'ib Hizballah appoints Abu Fadak al-Mohammadawi (imposed as acting PMF chief of staff)",
    );
    expect(sentenceText(index, relationSentence(index, imposed, 'abu-fadak'))).toBe(
      "Abu Fadak al-Mohammadawi is appointed by Kata'ib Hizballah (imposed as acting PMF chief of staff)",
    );
  });

  it('conjugates for entities the dataset marks as plural', () => {
    const index = buildGraphIndex(loadDefaultDataset());
    const nominated = index.dataset.edges.find(
      (e) => e.source === 'parliamentary-blocs' && e.relation === 'supports',
    )!;
    expect(sentenceText(index, relationSentence(index, nominated))).toBe(
      'Iraqi parliamentary blocs support Mustafa al-Kadhimi (nominated for premiership)',
    );
  });

  it('puts the object inside phrases that wrap it', () => {
    const index = buildIndex({
      nodes: [node('kh', { label: 'KH' }), node('muhandis', { label: 'Muhandis' })],
      edges: [edge('muhandis', 'member_of', 'kh', { id: 'm' })],
    });
    const sentence = relationSentence(index, index.edgesById.get('m')!, 'kh');
    expect(sentenceText(index, sentence)).toBe('KH has Muhandis as a member');
    expect(verbPhrase(sentence)).toBe('has … as a member');
  });

  it('does not repeat a label that only says the relation again', () => {
    const index = buildIndex({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'supports', 'b', { id: 's', label: 'supports' })],
    });
    expect(relationSentence(index, index.edgesById.get('s')!).note).toBe('');
  });

  it('reads every relation of the default dataset from both ends', () => {
    const index = buildGraphIndex(loadDefaultDataset());
    for (const e of index.dataset.edges) {
      for (const end of [e.source, e.target]) {
        const text = sentenceText(index, relationSentence(index, e, end));
        expect(text.startsWith(index.nodesById.get(end)!.label), text).toBe(true);
        expect(text).not.toMatch(/undefined|\{object\}|\(inverse\)/);
      }
    }
  });
});

describe('phrasing of relation types a dataset declares', () => {
  it('conjugates a finite verb and puts "is" before anything else', () => {
    const bribes = phrasingOf({
      key: 'bribes',
      label: 'bribes',
      inverseLabel: 'bribed by',
      family: 'support',
      superior: 'none',
      description: '',
    });
    expect(bribes.active).toEqual({ singular: 'bribes', plural: 'bribe' });
    expect(bribes.passive).toEqual({ singular: 'is bribed by', plural: 'are bribed by' });

    const employs = phrasingOf({
      key: 'employer_of',
      label: 'employer of',
      inverseLabel: 'has employee',
      family: 'affiliation',
      superior: 'source',
      description: '',
    });
    expect(employs.active).toEqual({ singular: 'is employer of', plural: 'are employer of' });
    expect(employs.passive).toEqual({ singular: 'has employee', plural: 'have employee' });

    const declared = {
      key: 'finances',
      label: 'finances',
      inverseLabel: 'financed by',
      family: 'support',
      superior: 'none',
      description: '',
    } as const;
    expect(phrasingOf(declared).active.plural).toBe('finance');
    expect(phrasingOf({ ...declared, key: 'watches', label: 'watches' }).active.plural).toBe(
      'watch',
    );
    expect(phrasingOf({ ...declared, key: 'carries', label: 'carries' }).active.plural).toBe(
      'carry',
    );
  });

  it('follows a dataset that redefines a built-in key rather than the built-in phrasing', () => {
    const commands = BUILT_IN_RELATIONS.find((r) => r.key === 'commands')!;
    const redefined = phrasingOf({ ...commands, label: 'directs', inverseLabel: 'directed by' });
    expect(redefined.active.singular).toBe('directs');
    expect(redefined.passive.singular).toBe('is directed by');
  });

  it('reads a key no vocabulary knows plainly from its target', () => {
    const phrasing = phrasingOf(unknownRelationType('linked_to'));
    expect(phrasing.active.singular).toBe('is linked to');
    expect(phrasing.passive.singular).toBe('is the object of "linked to" from');
  });
});
