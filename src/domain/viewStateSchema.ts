/**
 * The checks of a view state from outside (the address, a saved view, a curated view in a
 * dataset): one zod check per field. Apart from viewState.ts so that zod is not on the first page.
 */
import { z } from 'zod';
import { annotationsSchema } from './annotations';
import { CONFIDENCE_LEVELS } from './confidence';
import { isPartialDate } from './dates';
import { GROUP_BY } from './groupBy';
import { RELATION_FAMILIES } from './relations';
import { getDefaultViewState, SOURCINGS, type ViewState } from './viewState';

/** Cytoscape's own zoom limits (1e-50 and 1e50) are far wider than any picture worth sharing. */
const MIN_CAMERA_ZOOM = 0.001;
const MAX_CAMERA_ZOOM = 100;
const MAX_CAMERA_COORDINATE = 10_000_000;

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
  picked: z.array(idText).max(10_000),
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
  camera: z
    .object({
      zoom: z.number().min(MIN_CAMERA_ZOOM).max(MAX_CAMERA_ZOOM),
      x: z.number().min(-MAX_CAMERA_COORDINATE).max(MAX_CAMERA_COORDINATE),
      y: z.number().min(-MAX_CAMERA_COORDINATE).max(MAX_CAMERA_COORDINATE),
    })
    .nullable(),
  annotations: annotationsSchema,
} satisfies { [K in keyof ViewState]: z.ZodType<ViewState[K]> };

/**
 * Part of a view state, as a dataset's curated view states it: only the fields it sets, each
 * checked as when read from the address. Ids it names are checked against the dataset elsewhere
 * (checkDatasetIntegrity).
 */
export const viewStatePatchSchema = z.object(viewStateFields).partial();

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
