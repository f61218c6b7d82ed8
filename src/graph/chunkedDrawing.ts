/**
 * Adding a graph to Cytoscape in one go or, for very large graphs, a chunk per task. Added in one
 * task, 80,000 elements froze the page for over a second; in chunks, with Cytoscape's drawing held
 * back until the last, the page stays responsive and no frame shows half a graph.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import { nextTask } from './perfMarks';

/** Elements per task when a graph is added in tasks. */
export const ADD_CHUNK = 10_000;

/** Adds `definitions` a chunk at a time: one step per chunk. */
export function* addInChunks(
  cy: Core,
  definitions: ElementDefinition[],
  chunk: number,
): Generator<void, void, void> {
  for (let i = 0; i < definitions.length; i += chunk) {
    cy.add(definitions.slice(i, i + chunk));
    yield;
  }
}

/**
 * Runs the steps of adding a graph, then calls `done` with whether they all ran. Without
 * `inTasks`, every step runs now in one batch and `done(true)` is called before this returns;
 * with it, a step per task with drawing held back until the last, and `done(false)` if
 * `stillWanted` turns false on the way (the instance or the dataset changed).
 */
export function addGraph(
  cy: Core,
  steps: Iterator<void>,
  options: { inTasks: boolean; stillWanted: () => boolean },
  done: (added: boolean) => void,
): void {
  if (!options.inTasks) {
    cy.batch(() => {
      for (let step = steps.next(); !step.done; step = steps.next());
    });
    done(true);
    return;
  }
  void addInTasks(cy, steps, options.stillWanted).then(done);
}

async function addInTasks(
  cy: Core,
  steps: Iterator<void>,
  stillWanted: () => boolean,
): Promise<boolean> {
  cy.startBatch();
  try {
    while (!steps.next().done) {
      await nextTask();
      if (cy.destroyed() || !stillWanted()) return false;
    }
    return true;
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}
