/**
 * The chain rule: which links rank one entity above another, in which chain. Chains of command,
 * the command view and the top-down layouts all read rank from here; `data/README.md` states the
 * same rule for curators.
 *
 * 1. Only the command and membership families rank, and only relations whose vocabulary entry
 *    names a superior end: `commands`, `leads`, `controls` (the source is above), `part_of` and
 *    `member_of` (the target is above). Founding, merging and appointing are history, not rank:
 *    a founder is not a superior, and whoever chooses the holder of a post does not command him.
 * 2. Each ranking link holds on paper only, in fact only, or both. The vocabulary gives each kind
 *    a default (`controls` holds in fact only; the others both), and a relation overrides it with
 *    `formal: true` (on paper only) or `formal: false` (in fact only). The Formal chain keeps
 *    what holds on paper; the De facto chain keeps what holds in fact.
 * 3. Rank is settled in three tiers: command links first, then a body's structure (`part_of`),
 *    then who belongs to it (`member_of` and other membership keys). A link of a later tier that
 *    would put an entity above one the earlier tiers already rank above it is set aside: the
 *    leader of an organization is above it, not below it because he is also a member, and a unit
 *    that dominates its parent body in fact is above it in the de facto chain.
 */
import type { GraphIndex } from './graphIndex';
import type { ChainHolding, RelationFamily, RelationType } from './relations';
import type { DatasetEdge } from './schema';
import type { CommandChain } from './viewState';

export const COMMAND_FAMILIES: ReadonlySet<RelationFamily> = new Set(['command', 'membership']);

export function isCommandFamily(family: RelationFamily): boolean {
  return COMMAND_FAMILIES.has(family);
}

/** The order in which links settle rank; earlier tiers win (see rule 3 above). */
export const RANK_TIERS = ['command', 'structure', 'membership'] as const;
export type RankTier = (typeof RANK_TIERS)[number];

/** The relation keys that describe a body's structure rather than who belongs to it. */
const STRUCTURE_KEYS: ReadonlySet<string> = new Set(['part_of']);

/** The tier a relation ranks in, or null when it does not rank (rule 1). */
export function rankTier(relation: RelationType): RankTier | null {
  if (relation.superior === 'none' || !isCommandFamily(relation.family)) return null;
  if (relation.family === 'command') return 'command';
  return STRUCTURE_KEYS.has(relation.key) ? 'structure' : 'membership';
}

/** Where a link holds: its own `formal` flag, else its relation's default (rule 2). */
export function holdsIn(index: GraphIndex, edge: DatasetEdge): ChainHolding {
  if (edge.formal === true) return 'on-paper';
  if (edge.formal === false) return 'in-fact';
  return index.relationOf(edge).holds ?? 'both';
}

/**
 * Whether a link belongs to the chosen chain: the formal chain is what is written down, the de
 * facto chain what the sources say really happens. Links that hold both ways belong to both.
 */
export function isInChain(index: GraphIndex, edge: DatasetEdge, chain: CommandChain): boolean {
  const holds = holdsIn(index, edge);
  return holds === 'both' || holds === (chain === 'formal' ? 'on-paper' : 'in-fact');
}

/** Both ends of a link by its relation's superior end, whatever its family; null for `none`. */
function superiorFirst(
  relation: RelationType,
  edge: DatasetEdge,
): { superior: string; subordinate: string } | null {
  switch (relation.superior) {
    case 'source':
      return { superior: edge.source, subordinate: edge.target };
    case 'target':
      return { superior: edge.target, subordinate: edge.source };
    default:
      return null;
  }
}

/** Both ends of a link, superior first; null when the relation does not rank (rule 1). */
export function rankedEnds(
  index: GraphIndex,
  edge: DatasetEdge,
): { superior: string; subordinate: string } | null {
  const relation = index.relationOf(edge);
  return rankTier(relation) === null ? null : superiorFirst(relation, edge);
}

/** A link that ranks: its superior and its subordinate entity. */
export interface RankLink {
  edgeId: string;
  superior: string;
  subordinate: string;
}

export interface SettledRank {
  /** The links that rank, after the tiers are settled. */
  kept: RankLink[];
  /** Links of a later tier that contradicted an earlier one (rule 3). */
  setAside: RankLink[];
}

/** Whether `to` lies below `from` (or is it) over the given superior → subordinates lists. */
function isBelow(below: Map<string, string[]>, from: string, to: string): boolean {
  if (from === to) return true;
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    for (const next of below.get(stack.pop()!) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/**
 * Settles rank among the given links (rule 3). Links of a tier are judged against the earlier
 * tiers only, so the result does not depend on the order of the dataset; a loop within one tier
 * (two commands that contradict each other) is kept for the chain to report.
 */
export function settleRank(index: GraphIndex, edgeIds: Iterable<string>): SettledRank {
  const byTier = new Map<RankTier, RankLink[]>(RANK_TIERS.map((tier) => [tier, []]));
  for (const edgeId of edgeIds) {
    const edge = index.edgesById.get(edgeId);
    if (!edge || edge.source === edge.target) continue;
    const tier = rankTier(index.relationOf(edge));
    const ends = rankedEnds(index, edge);
    if (tier && ends) byTier.get(tier)!.push({ edgeId, ...ends });
  }
  const below = new Map<string, string[]>();
  const kept: RankLink[] = [];
  const setAside: RankLink[] = [];
  for (const tier of RANK_TIERS) {
    const accepted: RankLink[] = [];
    for (const link of byTier.get(tier)!) {
      const contradicts = tier !== 'command' && isBelow(below, link.subordinate, link.superior);
      (contradicts ? setAside : accepted).push(link);
    }
    for (const link of accepted) {
      let list = below.get(link.superior);
      if (!list) below.set(link.superior, (list = []));
      list.push(link.subordinate);
      kept.push(link);
    }
  }
  return { kept, setAside };
}

/** A link as a top-down layout should see it: `upper` above `lower`. */
export interface LayeringLink {
  id: string;
  upper: string;
  lower: string;
}

/**
 * The given links oriented for a top-down layout: superior above subordinate whatever the edge's
 * own direction (a member sits below its group; a patron above its proxy), other links source
 * above target. Links the chain rule sets aside and self-links are left out.
 */
export function layeringLinks(index: GraphIndex, edgeIds: Iterable<string>): LayeringLink[] {
  const ids = [...edgeIds];
  const setAside = new Set(settleRank(index, ids).setAside.map((link) => link.edgeId));
  const links: LayeringLink[] = [];
  for (const id of ids) {
    const edge = index.edgesById.get(id);
    if (!edge || edge.source === edge.target || setAside.has(id)) continue;
    const ends = superiorFirst(index.relationOf(edge), edge);
    links.push(
      ends
        ? { id, upper: ends.superior, lower: ends.subordinate }
        : { id, upper: edge.source, lower: edge.target },
    );
  }
  return links;
}
