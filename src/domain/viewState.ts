/**
 * The view state: everything the user chose about how to look at a dataset. It is small and
 * serialisable; the URL encodes it, a saved view stores it, an exported image's caption
 * describes it. Everything on screen is a pure function of the dataset and this object.
 */
import type { Confidence } from './schema';

export type LayoutName = 'force' | 'hierarchical' | 'concentric';
export type GraphMode = 'network' | 'command';
/** In the command view: follow nominal (de jure) links, or the de facto ones. */
export type CommandChain = 'de-facto' | 'formal';

export type Selection =
  { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'event'; id: string };

export interface Focus {
  id: string;
  hops: 1 | 2;
}

/** Outside a focus: hide the rest of the graph, or keep it faded. */
export type FocusStyle = 'hide' | 'dim';

/** The two ends the path finder connects. */
export interface PathEnds {
  from: string;
  to: string;
}

export interface DateRange {
  from: string;
  to: string;
}

export interface ViewState {
  /** Relation keys the user unchecked. Stored as exclusions so new keys show by default. */
  hiddenRelations: string[];
  hiddenEntityTypes: string[];
  hiddenConfidences: Confidence[];
  /** Hide entities that no visible relation touches. */
  hideIsolated: boolean;
  /** Show the network as of this day (YYYY-MM-DD), or at all times when null. */
  asOf: string | null;
  /** Show what was active at any time within this period (takes precedence over asOf). */
  range: DateRange | null;
  /** When a date is set, keep relations that carry no date at all. */
  includeUndated: boolean;
  mode: GraphMode;
  commandChain: CommandChain;
  focus: Focus | null;
  focusStyle: FocusStyle;
  selection: Selection | null;
  /** Emphasise the selected entity's chain of command on the canvas. */
  highlightChain: boolean;
  /** Shortest paths between two entities, emphasised on the canvas. */
  path: PathEnds | null;
  layout: LayoutName;
}

export function getDefaultViewState(): ViewState {
  return {
    hiddenRelations: [],
    hiddenEntityTypes: [],
    hiddenConfidences: [],
    hideIsolated: false,
    asOf: null,
    range: null,
    includeUndated: true,
    mode: 'network',
    commandChain: 'de-facto',
    focus: null,
    focusStyle: 'hide',
    selection: null,
    highlightChain: false,
    path: null,
    layout: 'force',
  };
}
