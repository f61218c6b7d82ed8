/**
 * Relations read as sentences, from either end: "Kata'ib Hizballah appoints Abu Fadak" and "Abu
 * Fadak is appointed by Kata'ib Hizballah". The verb agrees with its subject ("Iraqi
 * parliamentary blocs support …" for an entity marked `plural`). A relation's own label (a role,
 * a detail such as "imposed as acting PMF chief of staff") is kept apart as a note, because a free
 * text cannot be trusted to fit between the two names.
 *
 * The built-in vocabulary has its phrasing written out below (the compiler checks every key has
 * one); relation types a dataset declares get theirs derived from their label and inverse label.
 */
import type { GraphIndex } from './graphIndex';
import { BUILT_IN_RELATIONS, type BuiltInRelationKey, type RelationType } from './relations';
import type { DatasetEdge } from './schema';

/** A verb phrase for a singular and a plural subject. `{object}` marks where the object goes when not last. */
export interface VerbForms {
  singular: string;
  plural: string;
}

export interface RelationPhrasing {
  /** The source as subject: "commands" / "command". */
  active: VerbForms;
  /** The target as subject: "is commanded by" / "are commanded by". */
  passive: VerbForms;
}

export const OBJECT_SLOT = '{object}';

function forms(singular: string, plural: string): VerbForms {
  return { singular, plural };
}

/** The common case: a present-tense verb whose passive is "is …ed by". */
function regular(singular: string, plural: string, participle: string): RelationPhrasing {
  return {
    active: forms(singular, plural),
    passive: forms(`is ${participle} by`, `are ${participle} by`),
  };
}

/** Relations that read the same from both ends (allied with). */
function mutual(singular: string, plural: string): RelationPhrasing {
  const same = forms(singular, plural);
  return { active: same, passive: same };
}

const BUILT_IN_PHRASING = {
  commands: regular('commands', 'command', 'commanded'),
  leads: regular('leads', 'lead', 'led'),
  controls: regular('controls', 'control', 'controlled'),
  appoints: regular('appoints', 'appoint', 'appointed'),
  member_of: {
    active: forms('is a member of', 'are members of'),
    passive: forms(`has ${OBJECT_SLOT} as a member`, `have ${OBJECT_SLOT} as a member`),
  },
  part_of: {
    active: forms('is part of', 'are part of'),
    passive: forms('includes', 'include'),
  },
  merged_into: {
    active: forms('merged into', 'merged into'),
    passive: forms('was formed from', 'were formed from'),
  },
  founded: {
    active: forms('founded', 'founded'),
    passive: forms('was founded by', 'were founded by'),
  },
  supports: regular('supports', 'support', 'supported'),
  trains: regular('trains', 'train', 'trained'),
  arms: regular('arms', 'arm', 'armed'),
  advises: regular('advises', 'advise', 'advised'),
  opposes: regular('opposes', 'oppose', 'opposed'),
  threatens: regular('threatens', 'threaten', 'threatened'),
  attacks: regular('attacks', 'attack', 'attacked'),
  arrests: {
    active: forms('arrests members of', 'arrest members of'),
    passive: forms('has members arrested by', 'have members arrested by'),
  },
  exploits: regular('exploits', 'exploit', 'exploited'),
  affiliated_with: mutual('is affiliated with', 'are affiliated with'),
  allied_with: mutual('is allied with', 'are allied with'),
  proxy_of: {
    active: forms('is a proxy of', 'are proxies of'),
    passive: forms(`has ${OBJECT_SLOT} as a proxy`, `have ${OBJECT_SLOT} as a proxy`),
  },
  operates_in: {
    active: forms('operates in', 'operate in'),
    passive: forms(`has ${OBJECT_SLOT} operating in it`, `have ${OBJECT_SLOT} operating in them`),
  },
  based_in: {
    active: forms('is based in', 'are based in'),
    passive: forms('hosts', 'host'),
  },
  adheres_to: regular('adheres to', 'adhere to', 'followed'),
  propagates: regular('propagates', 'propagate', 'propagated'),
  rejects: regular('rejects', 'reject', 'rejected'),
} as const satisfies Record<BuiltInRelationKey, RelationPhrasing>;

const builtInPhrasing = new Map<string, RelationPhrasing>(Object.entries(BUILT_IN_PHRASING));
const builtInTypes = new Map(BUILT_IN_RELATIONS.map((r) => [r.key, r]));

const FINITE_AUXILIARIES: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
};

/** The plural of a third-person verb: "bribes" → "bribe", "funds" → "fund", "is" → "are". */
function pluralVerb(verb: string): string {
  const auxiliary = FINITE_AUXILIARIES[verb.toLowerCase()];
  if (auxiliary) return auxiliary;
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|z|o)es$/.test(verb)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}

/** Whether a phrase starts with a verb already conjugated for a singular subject ("bribes", "has"). */
function startsFinite(phrase: string): boolean {
  const first = phrase.split(' ')[0]!.toLowerCase();
  if (first in FINITE_AUXILIARIES) return true;
  return first.length > 3 && /[^su]s$/.test(first);
}

/** A phrase from a dataset's label: a finite verb is conjugated; anything else gets "is"/"are". */
function derivedForms(phrase: string): VerbForms {
  if (startsFinite(phrase)) {
    const [first, ...rest] = phrase.split(' ');
    return forms(phrase, [pluralVerb(first!), ...rest].join(' '));
  }
  return forms(`is ${phrase}`, `are ${phrase}`);
}

/**
 * How a relation type reads: the vocabulary's own phrasing where the type is the built-in one,
 * else derived from its label and inverse label. A key no vocabulary knows reads from the source
 * side only; from the target it says plainly which relation points at it.
 */
export function phrasingOf(type: RelationType): RelationPhrasing {
  const builtIn = builtInTypes.get(type.key);
  const phrasing = builtInPhrasing.get(type.key);
  if (
    builtIn &&
    phrasing &&
    builtIn.label === type.label &&
    builtIn.inverseLabel === type.inverseLabel
  )
    return phrasing;
  const active = derivedForms(type.label);
  if (type.symmetric) return { active, passive: active };
  if (type.family === 'other' && type.inverseLabel.endsWith('(inverse)'))
    return {
      active,
      passive: forms(
        `is the object of "${type.label}" from`,
        `are the object of "${type.label}" from`,
      ),
    };
  return { active, passive: derivedForms(type.inverseLabel) };
}

/** One relation as a sentence read from one of its ends. */
export interface RelationSentence {
  subjectId: string;
  /** Words between the subject and the object ("is commanded by"). */
  verb: string;
  objectId: string;
  /** Words after the object, where the phrase wraps it ("as a member"); often empty. */
  tail: string;
  /** The relation's own label when it says more than the verb (a role, a detail); else empty. */
  note: string;
}

/**
 * The relation read from `fromId`'s side: the subject is `fromId` (the source unless `fromId` is
 * the target). A relation's label that only repeats the verb is not repeated as a note.
 */
export function relationSentence(
  index: GraphIndex,
  edge: DatasetEdge,
  fromId: string = edge.source,
): RelationSentence {
  const type = index.relationOf(edge);
  const phrasing = phrasingOf(type);
  const forward = fromId === edge.source;
  const subjectId = forward ? edge.source : edge.target;
  const objectId = forward ? edge.target : edge.source;
  const plural = index.nodesById.get(subjectId)?.plural === true;
  const verbForms = forward ? phrasing.active : phrasing.passive;
  const phrase = plural ? verbForms.plural : verbForms.singular;
  const [verb, tail = ''] = phrase.split(OBJECT_SLOT).map((part) => part.trim());
  const note = edge.label && edge.label !== type.label ? edge.label : '';
  return { subjectId, verb: verb!, objectId, tail, note };
}

/** The sentence as plain text, names from the dataset: "A is commanded by B (commander)". */
export function sentenceText(index: GraphIndex, sentence: RelationSentence): string {
  const name = (id: string) => index.nodesById.get(id)?.label ?? id;
  const words = [name(sentence.subjectId), sentence.verb, name(sentence.objectId), sentence.tail]
    .filter((w) => w !== '')
    .join(' ');
  return sentence.note ? `${words} (${sentence.note})` : words;
}

/** The verb phrase alone, with "…" where the object goes: "is commanded by", "has … as a member". */
export function verbPhrase(sentence: RelationSentence): string {
  return sentence.tail ? `${sentence.verb} … ${sentence.tail}` : sentence.verb;
}
