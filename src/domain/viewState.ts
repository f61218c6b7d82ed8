/**
 * The view state: everything the user chose about how to look at a dataset. It is small and
 * serialisable; the URL encodes it, a saved view stores it, an exported image's caption
 * describes it. Everything on screen is a pure function of the dataset and this object.
 */
import type { Annotation } from './annotations';
import type { Confidence } from './confidence';
import type { CustomGroup, GroupBy } from './groupBy';
import type { RelationFamily } from './relations';

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

/** Whether a relation quotes a source ("sourced") or not yet ("unsourced", as imported data is). */
export const SOURCINGS = ['sourced', 'unsourced'] as const;
export type Sourcing = (typeof SOURCINGS)[number];

export interface DateRange {
  from: string;
  to: string;
}

/** Two dates as written (`2019-01`, `2020-02-29`), each standing for its whole period. */
export interface PeriodComparison {
  from: string;
  to: string;
}

/** The path finder's "in time order": off, or on with undated relations allowed or left out. */
export type PathTimeOrder = 'off' | 'allow-undated' | 'dated-only';

/**
 * Where the canvas looks: the graph point at its middle (in graph units) and the zoom. Kept so that
 * a shared link, a saved view or a slide brings back the picture the user framed.
 */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

export interface ViewState {
  /** Relation keys the user unchecked. Stored as exclusions so new keys show by default. */
  hiddenRelations: string[];
  hiddenEntityTypes: string[];
  hiddenConfidences: Confidence[];
  /** Relations hidden by whether they quote a source. */
  hiddenSourcing: Sourcing[];
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
  /**
   * Entities picked together (shift-click, or a box dragged with shift held): two or more, and then
   * `selection` is null; empty otherwise. Setting a selection clears them (see withSelection).
   */
  picked: string[];
  /** Emphasise the selected entity's chain of command on the canvas. */
  highlightChain: boolean;
  /** Shortest paths between two entities, emphasised on the canvas. */
  path: PathEnds | null;
  /** Whether those paths must follow each other in time. */
  pathTimeOrder: PathTimeOrder;
  /** What changed between two dates, drawn on the canvas (takes precedence over range and asOf). */
  compare: PeriodComparison | null;
  layout: LayoutName;
  /** How entities are gathered into groups on the canvas (see groups.ts). */
  groupBy: GroupBy;
  /** Collapsed groups, or 'all' for every group but those in `expandedGroups`. */
  collapsedGroups: string[] | 'all';
  expandedGroups: string[];
  /** Groups the user made from a selection and named. */
  customGroups: CustomGroup[];
  /** Relation families whose verbs ("commands", "part of") are written on their arrows. */
  relationLabels: RelationFamily[];
  /** Where the user panned and zoomed to; null while the app frames the graph (fitted). */
  camera: Camera | null;
  /** Notes, callouts and highlight rings drawn over the graph (see annotations.ts). */
  annotations: Annotation[];
}

export function getDefaultViewState(): ViewState {
  return {
    hiddenRelations: [],
    hiddenEntityTypes: [],
    hiddenConfidences: [],
    hiddenSourcing: [],
    hideIsolated: false,
    asOf: null,
    range: null,
    includeUndated: true,
    mode: 'network',
    commandChain: 'de-facto',
    focus: null,
    focusStyle: 'hide',
    selection: null,
    picked: [],
    highlightChain: false,
    path: null,
    pathTimeOrder: 'off',
    compare: null,
    layout: 'force',
    groupBy: 'none',
    collapsedGroups: [],
    expandedGroups: [],
    customGroups: [],
    relationLabels: [],
    camera: null,
    annotations: [],
  };
}

/** A view state whose unset fields take their defaults: what opening a curated view shows. */
export function viewStateFrom(patch: Partial<ViewState>): ViewState {
  return { ...getDefaultViewState(), ...patch };
}
