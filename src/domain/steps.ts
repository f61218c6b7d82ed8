/**
 * Work in steps: a generator that yields between parts of a long computation, so that a caller
 * on the page can run each part in a task of its own (src/app/prepareDataset.ts), and any other
 * caller can run it straight through, with the same result.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps with `between` awaited after each one. */
export async function runStepsApart<T>(steps: Steps<T>, between: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await between();
  }
}
