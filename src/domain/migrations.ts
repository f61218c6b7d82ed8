/**
 * Reading dataset files written for older versions of the format. A file says which version it
 * follows in `schemaVersion`; parseDataset first upgrades it here, one step per version, so the
 * schema only ever checks the current version. To change the format incompatibly: add a step
 * from the current version to the next at the end of MIGRATIONS (SCHEMA_VERSION follows), change
 * the schema, regenerate `data/dataset.schema.json` and test the step on a file of the old version.
 */

export type JsonObject = Record<string, unknown>;

/** Upgrades a dataset of version `from` to version `from + 1`. Plain JSON in, plain JSON out. */
export interface MigrationStep {
  from: number;
  /** What changed, in words, for the README and the notice. */
  summary: string;
  migrate: (data: JsonObject) => JsonObject;
}

export const FIRST_SCHEMA_VERSION = 1;

/** The step from version N to N + 1 sits at index N - FIRST_SCHEMA_VERSION. Version 1 is the first. */
export const MIGRATIONS: readonly MigrationStep[] = [];

/** The version this Linkboard reads and writes. */
export const SCHEMA_VERSION = FIRST_SCHEMA_VERSION + MIGRATIONS.length;

export type MigrationResult =
  { ok: true; data: JsonObject; fromVersion: number } | { ok: false; message: string };

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Brings a dataset object up to the current version, or says why it cannot. */
export function migrateDataset(
  data: JsonObject,
  steps: readonly MigrationStep[] = MIGRATIONS,
): MigrationResult {
  const latest = FIRST_SCHEMA_VERSION + steps.length;
  const version = data.schemaVersion;
  if (version === undefined)
    return {
      ok: false,
      message: `is required: the version of the format the file follows (this Linkboard writes ${latest})`,
    };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_SCHEMA_VERSION)
    return {
      ok: false,
      message: `must be a whole number from ${FIRST_SCHEMA_VERSION} to ${latest}, not ${shown(version)}`,
    };
  if (version > latest)
    return {
      ok: false,
      message: `is ${version}: the file was written by a newer Linkboard (this one reads versions up to ${latest})`,
    };
  let current = data;
  for (let from = version; from < latest; from++) {
    const step = steps[from - FIRST_SCHEMA_VERSION];
    if (!step || step.from !== from)
      return { ok: false, message: `no upgrade from version ${from} is registered` };
    try {
      current = { ...step.migrate(current), schemaVersion: from + 1 };
    } catch (error) {
      return {
        ok: false,
        message: `could not be upgraded from version ${from} (${step.summary}): ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  return { ok: true, data: current, fromVersion: version };
}
