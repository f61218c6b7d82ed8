/**
 * The view state: everything the user chose about how to look at a dataset. It is small and
 * serialisable; the URL encodes it, a saved view stores it, an exported image's caption
 * describes it. Everything on screen is a pure function of the dataset and this object.
 */
import { z } from 'zod';
import { annotationsSchema, type Annotation } from './annotations';
import { isPartialDate } from './dates';
import { CONFIDENCE_LEVELS, type Confidence } from './confidence';
import { GROUP_BY, type CustomGroup, type GroupBy } from './groupBy';
import { RELATION_FAMILIES, type RelationFamily } from './relations';

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
    annotations: [],
  };
}

const idText = z.string().min(1).max(200);
/** An entity id, or a group id of another kind (`~type:person`, `~community:3`). */
const groupId = z.string().min(1).max(400);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isPartialDate, { error: 'is not a real calendar day' });

const partialDate = z
  .string()
  .max(10)
  .refine(isPartialDate, { error: 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)' });

/** One check per field; `satisfies` makes a new ViewState field fail to compile until it has one. */
const viewStateFields = {
  hiddenRelations: z.array(idText).max(1_000),
  hiddenEntityTypes: z.array(idText).max(1_000),
  hiddenConfidences: z.array(z.enum(CONFIDENCE_LEVELS)).max(CONFIDENCE_LEVELS.length),
  hiddenSourcing: z.array(z.enum(SOURCINGS)).max(SOURCINGS.length),
  hideIsolated: z.boolean(),
  asOf: isoDay.nullable(),
  range: z.object({ from: isoDay, to: isoDay }).nullable(),
  includeUndated: z.boolean(),
  mode: z.enum(['network', 'command']),
  commandChain: z.enum(['de-facto', 'formal']),
  focus: z.object({ id: idText, hops: z.union([z.literal(1), z.literal(2)]) }).nullable(),
  focusStyle: z.enum(['hide', 'dim']),
  selection: z.object({ kind: z.enum(['node', 'edge', 'event']), id: idText }).nullable(),
  highlightChain: z.boolean(),
  path: z.object({ from: idText, to: idText }).nullable(),
  pathTimeOrder: z.enum(['off', 'allow-undated', 'dated-only']),
  compare: z.object({ from: partialDate, to: partialDate }).nullable(),
  layout: z.enum(['force', 'hierarchical', 'concentric']),
  groupBy: z.enum(GROUP_BY),
  collapsedGroups: z.union([z.literal('all'), z.array(groupId).max(10_000)]),
  expandedGroups: z.array(groupId).max(10_000),
  customGroups: z
    .array(
      z.object({
        id: z.string().regex(/^~custom:\d{1,6}$/),
        name: z.string().trim().min(1).max(80),
        members: z.array(idText).min(1).max(10_000),
      }),
    )
    .max(100),
  relationLabels: z.array(z.enum(RELATION_FAMILIES)).max(RELATION_FAMILIES.length),
  annotations: annotationsSchema,
} satisfies { [K in keyof ViewState]: z.ZodType<ViewState[K]> };

/**
 * Part of a view state, as a dataset's curated view states it: only the fields it sets, each
 * checked as when read from the address. Ids it names are checked against the dataset elsewhere
 * (checkDatasetIntegrity).
 */
export const viewStatePatchSchema = z.object(viewStateFields).partial();

/** A view state whose unset fields take their defaults: what opening a curated view shows. */
export function viewStateFrom(patch: Partial<ViewState>): ViewState {
  return { ...getDefaultViewState(), ...patch };
}

/** Checks one field of a view state from outside; its value, or why it was refused. */
export function parseViewStateField<K extends keyof ViewState>(
  field: K,
  value: unknown,
): { ok: true; value: ViewState[K] } | { ok: false; message: string } {
  const result = viewStateFields[field].safeParse(value);
  if (result.success) return { ok: true, value: result.data as ViewState[K] };
  return { ok: false, message: result.error.issues[0]?.message ?? 'is not valid' };
}

/**
 * Reads a view state stored outside (a saved view, the URL): each field that fails its check
 * falls back to its default and is named in `ignored`; unknown fields are dropped. Null when the
 * value is not an object at all.
 */
export function parseViewState(value: unknown): { view: ViewState; ignored: string[] } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const input = value as Record<string, unknown>;
  const view = getDefaultViewState();
  const ignored: string[] = [];
  const read = <K extends keyof ViewState>(key: K) => {
    if (!(key in input)) return;
    const result = viewStateFields[key].safeParse(input[key]);
    if (result.success) view[key] = result.data as ViewState[K];
    else ignored.push(key);
  };
  for (const key of Object.keys(viewStateFields) as (keyof ViewState)[]) read(key);
  return { view, ignored };
}
