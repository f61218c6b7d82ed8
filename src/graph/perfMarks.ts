/**
 * Timing marks for the benchmark (`npm run bench`, scripts/bench.ts), which reads them with
 * `performance.getEntriesByName`. They cost microseconds, so the production build keeps them.
 */
export const PERF = {
  /**
   * Measure: file text (or the default's value) → validated dataset: JSON, schema, integrity. For
   * opened files: bytes handed to the file service → its answer back on the main thread.
   */
  parse: 'linkboard:parse',
  /** Measure: the Import dialog's choices → the dataset built from the tables. */
  importTables: 'linkboard:import-tables',
  /** Measure: dataset → elements added to Cytoscape. */
  elements: 'linkboard:elements',
  /** Mark: entities shown at their first, quick places while the layout runs in the worker. */
  placed: 'linkboard:placed',
  /** Measure: layout started → positions applied. */
  layout: 'linkboard:layout',
  /** Measure: positions applied → the frame that shows them. */
  firstRender: 'linkboard:first-render',
  /** Mark: the laid-out graph (or the graph at its saved arrangement) is on screen. */
  drawn: 'linkboard:drawn',
  /** Mark: a change of view (filter, date) is on screen. */
  redrawn: 'linkboard:redrawn',
} as const;

function supported(): boolean {
  return typeof performance !== 'undefined' && typeof performance.measure === 'function';
}

export function measure(name: string, start: number, end: number = performance.now()): void {
  if (supported()) performance.measure(name, { start, end });
}

export function mark(name: string): void {
  if (supported()) performance.mark(name);
}

/** Runs `work` and records how long it took under `name`. */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(name, start);
  }
}

/**
 * Calls back at the start of the next animation frame. Cytoscape draws in its own frame callback,
 * registered before ours, so by then the frame it drew for a change is done.
 */
export function afterNextFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 0);
}

/** Resolves in a later task, so that the browser can handle input and draw in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
