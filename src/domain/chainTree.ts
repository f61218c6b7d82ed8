/**
 * A chain of command as a tree rather than a flat list: each superior or subordinate hangs under
 * the entity it was reached through (its `via`), so "part of the security division, part of
 * Kata'ib Hizballah" shows as two levels, not two rows of a 40-row list.
 */
import type { ChainStep } from './command';

export interface ChainTreeNode {
  step: ChainStep;
  children: ChainTreeNode[];
  /** Entities anywhere below this one in the tree. */
  descendants: number;
}

/**
 * The steps of one direction (superiors or subordinates) as trees under `rootId`. Steps come from a
 * breadth-first walk, so every `via` is the root or an earlier step; children keep that order.
 */
export function chainTree(rootId: string, steps: readonly ChainStep[]): ChainTreeNode[] {
  const byId = new Map<string, ChainTreeNode>();
  const roots: ChainTreeNode[] = [];
  for (const step of steps) {
    const node: ChainTreeNode = { step, children: [], descendants: 0 };
    byId.set(step.nodeId, node);
    const parent = step.via === rootId ? undefined : byId.get(step.via);
    (parent ? parent.children : roots).push(node);
  }
  const count = (node: ChainTreeNode): number =>
    (node.descendants = node.children.reduce((n, child) => n + 1 + count(child), 0));
  for (const root of roots) count(root);
  return roots;
}

/**
 * Which tree entries start open: all of them when the tree is small enough to read at once, else
 * only the first level, so a 40-entity chain starts as its handful of direct links.
 */
export function initiallyOpen(roots: readonly ChainTreeNode[], limit: number): Set<string> {
  const all: ChainTreeNode[] = [];
  const collect = (nodes: readonly ChainTreeNode[]) => {
    for (const node of nodes) {
      all.push(node);
      collect(node.children);
    }
  };
  collect(roots);
  if (all.length <= limit) return new Set(all.map((n) => n.step.nodeId));
  return new Set();
}
