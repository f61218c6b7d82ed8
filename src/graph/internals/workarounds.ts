/**
 * Which workarounds that rely on library internals are on. Each is checked once, the first time
 * the app meets what it relies on (the first instance, the first host, fcose once loaded); one
 * whose internals are missing switches itself off, says so once in the console, and is listed as
 * off by `workaroundReport()` (the benchmark prints it; an end-to-end test asserts none is off on
 * the pinned versions).
 *
 * This record is kept per page rather than per store: what it describes, the loaded libraries,
 * is one per page too.
 */

export type WorkaroundName =
  'steady-node-style' | 'layer-cache' | 'renderer-options' | 'seeded-layout';

/** What each workaround is for, and what is lost without it. */
export const WORKAROUNDS: Record<WorkaroundName, { relies: string; lostWithout: string }> = {
  'steady-node-style': {
    relies: "Cytoscape's collection updateStyle and each element's _private state",
    lostWithout: 'large graphs restyle every entity on each frame and pan slowly',
  },
  'layer-cache': {
    relies: "the canvas renderer's layer texture cache (renderer().data.lyrTxrCache)",
    lostWithout:
      'large graphs pan slowly until Cytoscape builds its own layer; very large ones show with a long first frame',
  },
  'renderer-options': {
    relies: "react-cytoscapejs's containerRef, _cy and updateCytoscape",
    lostWithout: "the renderer is react-cytoscapejs's default: no WebGL on large graphs",
  },
  'seeded-layout': {
    relies: 'fcose drawing its random start from the global Math.random',
    lostWithout: 'the force layout may differ from one load to the next',
  },
};

export type WorkaroundState = 'on' | 'off' | 'unchecked';

export interface WorkaroundStatus {
  name: WorkaroundName;
  state: WorkaroundState;
  /** Why it is off. */
  reason?: string;
}

const decided = new Map<WorkaroundName, { on: boolean; reason?: string }>();

/** Whether `name` was already checked; its verdict if so. */
export function verdict(name: WorkaroundName): boolean | undefined {
  return decided.get(name)?.on;
}

/**
 * Records the check of `name` (only the first counts) and returns whether it is on. `check`
 * returns null when every internal is there, or what is missing.
 */
export function decide(name: WorkaroundName, check: () => string | null): boolean {
  const known = decided.get(name);
  if (known) return known.on;
  let missing: string | null;
  try {
    missing = check();
  } catch (error) {
    missing = error instanceof Error ? error.message : String(error);
  }
  decided.set(name, missing === null ? { on: true } : { on: false, reason: missing });
  if (missing !== null) {
    const { lostWithout } = WORKAROUNDS[name];
    console.warn(
      `Linkboard: the "${name}" workaround is off (${missing}), so ${lostWithout}. It relies on ${WORKAROUNDS[name].relies}; check it against the installed version.`,
    );
  }
  return missing === null;
}

/** Every workaround and whether it is on, off (with why) or not checked yet. */
export function workaroundReport(): WorkaroundStatus[] {
  return (Object.keys(WORKAROUNDS) as WorkaroundName[]).map((name) => {
    const known = decided.get(name);
    if (!known) return { name, state: 'unchecked' };
    return known.on ? { name, state: 'on' } : { name, state: 'off', reason: known.reason };
  });
}
