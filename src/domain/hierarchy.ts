/**
 * Rank between entities: which relations make a hierarchy (the command and membership families),
 * which end of each link is the superior one, and which links belong to the formal chain of
 * command or to the de facto one. Chains of command, the command view and the top-down layout all
 * read rank from here.
 */
import type { GraphIndex } from './graphIndex';
import type { RelationFamily } from './relations';
import type { DatasetEdge } from './schema';
import type { CommandChain } from './viewState';

export const COMMAND_FAMILIES: ReadonlySet<RelationFamily> = new Set(['command', 'membership']);

export function isCommandFamily(family: RelationFamily): boolean {
  return COMMAND_FAMILIES.has(family);
}

/**
 * Whether a command or membership link belongs to the chosen chain. A link is nominal only when
 * marked `formal: true`, and held in fact only when marked `formal: false` or, unmarked, when its
 * relation is de facto by nature (controls). The formal chain is what is written down; the de
 * facto chain is what the sources say really happens. Links that are both belong to both.
 */
export function isInChain(index: GraphIndex, edge: DatasetEdge, chain: CommandChain): boolean {
  if (chain === 'de-facto') return edge.formal !== true;
  const deFactoOnly =
    edge.formal === false || (edge.formal === undefined && index.relationOf(edge).deFacto === true);
  return !deFactoOnly;
}

/** Both ends of a link, superior first; null when the relation says nothing about rank. */
export function rankedEnds(
  index: GraphIndex,
  edge: DatasetEdge,
): { superior: string; subordinate: string } | null {
  switch (index.relationOf(edge).superior) {
    case 'source':
      return { superior: edge.source, subordinate: edge.target };
    case 'target':
      return { superior: edge.target, subordinate: edge.source };
    default:
      return null;
  }
}

/** A link as a top-down layout should see it: `upper` above `lower`. */
export interface LayeringLink {
  id: string;
  upper: string;
  lower: string;
}

/**
 * The given links oriented for a top-down layout: superior above subordinate whatever the edge's
 * own direction (a member sits below its group), other links source above target. Self-links
 * carry no rank and are left out.
 */
export function layeringLinks(index: GraphIndex, edgeIds: Iterable<string>): LayeringLink[] {
  const links: LayeringLink[] = [];
  for (const id of edgeIds) {
    const edge = index.edgesById.get(id);
    if (!edge || edge.source === edge.target) continue;
    const ends = rankedEnds(index, edge);
    links.push(
      ends
        ? { id, upper: ends.superior, lower: ends.subordinate }
        : { id, upper: edge.source, lower: edge.target },
    );
  }
  return links;
}
