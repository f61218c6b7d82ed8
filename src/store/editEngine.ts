/**
 * The edit rules (src/domain/edits.ts, which checks each edit with the dataset schema and so
 * brings zod) are fetched after the page rather than with it: nothing can be edited before a
 * dataset has loaded. The app starts loading them at once (App.tsx); the store's edit actions
 * use them once here.
 */
type EditRules = Pick<typeof import('../domain/edits'), 'tryApplyEdit' | 'applyEdits'>;

let rules: EditRules | null = null;
let loading: Promise<EditRules> | null = null;

/** Fetches the edit rules (once); resolves when the store can edit. */
export function loadEditRules(): Promise<EditRules> {
  loading ??= import('../domain/edits').then((module) => (rules = module));
  return loading;
}

/** The edit rules if they have arrived, else null (and they are asked for). */
export function editRules(): EditRules | null {
  if (!rules) void loadEditRules();
  return rules;
}
