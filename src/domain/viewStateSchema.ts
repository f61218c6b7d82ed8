/**
 * The view state as a zod schema, for view states that come from outside (the address bar, a saved
 * view). Each field validates on its own, so one bad value can be dropped and the rest kept.
 */
import { z } from 'zod';
import { isPartialDate } from './dates';
import { CONFIDENCE_LEVELS, idSchema } from './schema';
import type { ViewState } from './viewState';

const date = z
  .string()
  .refine(isPartialDate, { error: 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD' });

export const viewStateSchema = z.object({
  hiddenRelations: z.array(idSchema),
  hiddenEntityTypes: z.array(idSchema),
  hiddenConfidences: z.array(z.enum(CONFIDENCE_LEVELS)),
  hideIsolated: z.boolean(),
  asOf: date.nullable(),
  range: z.object({ from: date, to: date }).nullable(),
  includeUndated: z.boolean(),
  mode: z.enum(['network', 'command']),
  commandChain: z.enum(['de-facto', 'formal']),
  focus: z.object({ id: idSchema, hops: z.union([z.literal(1), z.literal(2)]) }).nullable(),
  focusStyle: z.enum(['hide', 'dim']),
  selection: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('node'), id: idSchema }),
      z.object({ kind: z.literal('edge'), id: idSchema }),
      z.object({ kind: z.literal('event'), id: idSchema }),
    ])
    .nullable(),
  highlightChain: z.boolean(),
  path: z.object({ from: idSchema, to: idSchema }).nullable(),
  layout: z.enum(['force', 'hierarchical', 'concentric']),
});

// The schema and the ViewState type must describe the same object: adding a field to one without
// the other fails to compile here.
type SchemaViewState = z.infer<typeof viewStateSchema>;
export type ViewStateMatchesSchema = [ViewState, SchemaViewState] extends [
  SchemaViewState,
  ViewState,
]
  ? true
  : never;
const viewStateMatchesSchema: ViewStateMatchesSchema = true;
void viewStateMatchesSchema;

export type ViewStateField = keyof ViewState;

/** Validates one field; returns its value or the reason it was refused. */
export function parseViewStateField<K extends ViewStateField>(
  field: K,
  value: unknown,
): { ok: true; value: ViewState[K] } | { ok: false; message: string } {
  const result = viewStateSchema.shape[field].safeParse(value);
  if (result.success) return { ok: true, value: result.data as ViewState[K] };
  return { ok: false, message: result.error.issues[0]?.message ?? 'is not valid' };
}
