/**
 * Seeded, scale-free synthetic datasets for benchmarks and scale tests. Growth by preferential
 * attachment (each new entity links to about three existing ones, picked in proportion to their
 * degree) gives the few large hubs and many small nodes of real networks. Every choice comes from
 * one seeded generator, so a seed always yields the same dataset. The data is invented: its one
 * source says so, and every quote is a sentence of that synthetic source.
 */
import type { DatasetInput } from '../../src/domain/schema';
import type { Confidence } from '../../src/domain/schema';

type NodeInput = DatasetInput['nodes'][number];
type EdgeInput = DatasetInput['edges'][number];
type EventInput = NonNullable<DatasetInput['events']>[number];
type EntityType = 'organization' | 'person' | 'place' | 'concept';

export interface SyntheticOptions {
  /** How many entities. */
  entities: number;
  /** Seed of the generator; the same seed gives the same dataset. */
  seed?: number;
  /** Relations each new entity makes to existing ones (the mean degree is about twice this). */
  relationsPerEntity?: number;
}

export const SYNTHETIC_SOURCE = {
  id: 'synthetic',
  title: 'Synthetic benchmark corpus (generated; not real people, places or events)',
  publisher: 'Linkboard benchmark generator',
};

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Picks a key with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

const TYPE_WEIGHTS: Record<EntityType, number> = {
  organization: 40,
  person: 40,
  place: 12,
  concept: 8,
};

const CONFIDENCE_WEIGHTS: Record<Confidence, number> = {
  confirmed: 45,
  reported: 30,
  claimed: 15,
  suspected: 10,
};

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'ta',
  'sul',
  'ven',
  'dar',
  'lo',
  'ne',
  'zir',
  'ha',
  'bek',
  'ul',
];
const ORGANIZATION_KINDS = ['Brigade', 'Front', 'Movement', 'Council', 'Network', 'Company'];
const PLACE_KINDS = ['Province', 'District', 'City', 'Valley', 'Port'];
const CONCEPT_KINDS = ['doctrine', 'movement', 'programme'];

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function name(random: Random): string {
  let word = '';
  const syllables = random.int(2, 3);
  for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
  return capitalised(word);
}

function labelFor(type: EntityType, random: Random): string {
  switch (type) {
    case 'organization':
      return `${name(random)} ${random.pick(ORGANIZATION_KINDS)}`;
    case 'person':
      return `${name(random)} ${name(random)}`;
    case 'place':
      return `${name(random)} ${random.pick(PLACE_KINDS)}`;
    case 'concept':
      return `${name(random)} ${random.pick(CONCEPT_KINDS)}`;
  }
}

/** A relation for a pair of entity types, oriented source → target; `flip` swaps the pair. */
interface RelationChoice {
  relation: string;
  flip: boolean;
}

/**
 * Plausible relations for a newcomer (first) linking to an existing entity (second), with
 * weights. Between them they use every family of the vocabulary.
 */
function chooseRelation(
  newcomer: EntityType,
  existing: EntityType,
  random: Random,
): RelationChoice {
  // Places and concepts are always the target of location and ideology links.
  if (existing === 'place' || newcomer === 'place') {
    if (existing === 'place' && newcomer === 'place') return { relation: 'part_of', flip: false };
    const flip = newcomer === 'place';
    return { relation: random.pick(['operates_in', 'operates_in', 'based_in']), flip };
  }
  if (existing === 'concept' || newcomer === 'concept') {
    if (existing === 'concept' && newcomer === 'concept')
      return { relation: 'affiliated_with', flip: false };
    const flip = newcomer === 'concept';
    return { relation: random.pick(['adheres_to', 'adheres_to', 'propagates', 'rejects']), flip };
  }
  if (newcomer === 'person' && existing === 'person') {
    const relation = random.weighted({ commands: 3, advises: 2, allied_with: 1, opposes: 1 });
    // The established entity commands the newcomer.
    return { relation, flip: relation === 'commands' };
  }
  if (newcomer === 'person' || existing === 'person') {
    const relation = random.weighted({
      member_of: 8,
      leads: 4,
      founded: 1,
      supports: 2,
      opposes: 2,
      arrests: 1,
      threatens: 1,
    });
    // Person → organization for these, except that organizations arrest people.
    const personIsNewcomer = newcomer === 'person';
    const personFirst = relation !== 'arrests';
    return { relation, flip: personIsNewcomer !== personFirst };
  }
  const relation = random.weighted({
    controls: 3,
    part_of: 3,
    supports: 3,
    trains: 2,
    arms: 2,
    affiliated_with: 2,
    allied_with: 2,
    opposes: 2,
    attacks: 1,
    merged_into: 1,
  });
  // Hubs control newcomers; newcomers are part of hubs.
  return { relation, flip: relation === 'controls' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A partial date in [fromYear, toYear], at year, month or day precision. */
function partialDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const precision = random.float();
  if (precision < 0.5) return String(year);
  const month = random.int(1, 12);
  if (precision < 0.85) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(random.int(1, 28))}`;
}

/** A dated interval within 2000–2024; `until` always falls in a later year than `since`. */
function interval(random: Random, untilChance: number): { since: string; until?: string } {
  const sinceYear = random.int(2000, 2021);
  const since = partialDate(random, sinceYear, sinceYear);
  if (!random.chance(untilChance)) return { since };
  const untilYear = Math.min(2024, sinceYear + random.int(1, 6));
  return { since, until: partialDate(random, untilYear, untilYear) };
}

function evidence(sentence: string): EdgeInput['evidence'] {
  return [{ source: SYNTHETIC_SOURCE.id, quote: sentence }];
}

export function generateSyntheticDataset(options: SyntheticOptions): DatasetInput {
  const { entities, seed = 1, relationsPerEntity = 3 } = options;
  const random = new Random(mulberry32(seed));
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const types: EntityType[] = [];
  const neighbours: number[][] = [];
  // Each entity appears here once per relation it has, plus once: sampling from this list is
  // sampling in proportion to degree + 1 (preferential attachment).
  const attachment: number[] = [];
  const linked = new Set<string>();

  for (let i = 0; i < entities; i++) {
    const type = random.weighted(TYPE_WEIGHTS);
    const label = labelFor(type, random);
    types.push(type);
    neighbours.push([]);
    const node: NodeInput = {
      id: `n${i}`,
      type,
      label,
      aliases: random.chance(0.2) ? [label.split(' ')[0]!.toUpperCase()] : [],
      summary: `${label} is a synthetic ${type} number ${i}.`,
      tags: [],
      evidence: evidence(`${label} is entity ${i} of the synthetic corpus.`),
    };
    if (type === 'organization' && random.chance(0.25)) Object.assign(node, interval(random, 0.3));
    nodes.push(node);

    const wanted = Math.min(i, relationsPerEntity);
    for (let made = 0, attempts = 0; made < wanted && attempts < wanted * 4; attempts++) {
      const other = attachment[Math.floor(random.float() * attachment.length)]!;
      const pair = `${Math.min(i, other)}:${Math.max(i, other)}`;
      if (other === i || linked.has(pair)) continue;
      linked.add(pair);
      const choice = chooseRelation(type, types[other]!, random);
      const [source, target] = choice.flip ? [other, i] : [i, other];
      const edge: EdgeInput = {
        id: `r${edges.length}`,
        source: `n${source}`,
        target: `n${target}`,
        relation: choice.relation,
        confidence: random.weighted(CONFIDENCE_WEIGHTS),
        evidence: evidence(
          `${nodes[source]!.label} ${choice.relation.replace(/_/g, ' ')} ${nodes[target]!.label}.`,
        ),
      };
      if (random.chance(0.4)) Object.assign(edge, interval(random, 0.4));
      if (['commands', 'controls', 'leads'].includes(choice.relation) && random.chance(0.1))
        edge.formal = true;
      edges.push(edge);
      neighbours[i]!.push(other);
      neighbours[other]!.push(i);
      attachment.push(other);
      made++;
    }
    attachment.push(i);
    for (let k = 0; k < neighbours[i]!.length; k++) attachment.push(i);
  }

  const places = nodes.filter((n) => n.type === 'place').map((n) => n.id);
  const events: EventInput[] = [];
  const eventCount = Math.round(entities / 20);
  for (let i = 0; i < eventCount && edges.length > 0; i++) {
    const edge = random.pick(edges);
    const participants = new Set([edge.source, edge.target]);
    const extra = random.int(0, 3);
    for (let k = 0; k < extra; k++) {
      const hub = Number(edge.source.slice(1));
      const around = neighbours[hub]!;
      if (around.length > 0) participants.add(`n${random.pick(around)}`);
    }
    const title = `Synthetic event ${i}`;
    const event: EventInput = {
      id: `ev${i}`,
      date: partialDate(random, 2000, 2024),
      title,
      summary: `${title} involves ${participants.size} entities.`,
      participants: [...participants],
      evidence: evidence(`${title} took place.`),
    };
    if (places.length > 0 && random.chance(0.4)) event.place = random.pick(places);
    events.push(event);
  }

  return {
    schemaVersion: 1,
    title: `Synthetic network, ${entities.toLocaleString('en-GB')} entities (seed ${seed})`,
    description:
      'Generated for benchmarks: a scale-free network grown by preferential attachment. Not real data.',
    sources: [SYNTHETIC_SOURCE],
    nodes,
    edges,
    events,
  };
}
