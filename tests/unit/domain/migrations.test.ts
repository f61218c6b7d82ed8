import { describe, expect, it } from 'vitest';
import {
  FIRST_SCHEMA_VERSION,
  MIGRATIONS,
  migrateDataset,
  SCHEMA_VERSION,
  type MigrationStep,
} from '../../../src/domain/migrations';
import { parseDataset } from '../../../src/domain/schema';
import { buildDataset } from '../../helpers/datasetBuilder';

describe('migrateDataset', () => {
  it('registers one step per version, in order, ending at the current version', () => {
    MIGRATIONS.forEach((step, i) => expect(step.from).toBe(FIRST_SCHEMA_VERSION + i));
    expect(SCHEMA_VERSION).toBe(FIRST_SCHEMA_VERSION + MIGRATIONS.length);
  });

  it('passes a current dataset through unchanged', () => {
    const data = { ...buildDataset() };
    const result = migrateDataset(data);
    expect(result).toEqual({ ok: true, data, fromVersion: SCHEMA_VERSION });
  });

  it('runs every step from the file version up, in order', () => {
    const steps: MigrationStep[] = [
      {
        from: 1,
        summary: 'name → title',
        migrate: ({ name, ...rest }) => ({ ...rest, title: name }),
      },
      {
        from: 2,
        summary: 'links → edges',
        migrate: ({ links, ...rest }) => ({ ...rest, edges: links }),
      },
    ];
    const result = migrateDataset({ schemaVersion: 1, name: 'T', links: [] }, steps);
    expect(result).toEqual({
      ok: true,
      data: { schemaVersion: 3, title: 'T', edges: [] },
      fromVersion: 1,
    });
    expect(migrateDataset({ schemaVersion: 2, title: 'T', links: [1] }, steps)).toMatchObject({
      data: { schemaVersion: 3, edges: [1] },
    });
  });

  it('reports a step that fails on odd input instead of throwing', () => {
    const steps: MigrationStep[] = [
      {
        from: 1,
        summary: 'split names',
        migrate: (data) => ({ ...data, parts: (data.name as string).split(' ') }),
      },
    ];
    const result = migrateDataset({ schemaVersion: 1 }, steps);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /could not be upgraded from version 1 \(split names\)/,
    );
  });

  it('refuses a version from the future with a clear message', () => {
    const result = parseDataset({ ...buildDataset(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: '$.schemaVersion',
        message: `is ${SCHEMA_VERSION + 1}: the file was written by a newer Linkboard (this one reads versions up to ${SCHEMA_VERSION})`,
      },
    ]);
  });

  it('refuses a missing or malformed version', () => {
    const { schemaVersion: _omitted, ...unversioned } = buildDataset();
    expect(parseDataset(unversioned)).toMatchObject({
      ok: false,
      errors: [{ path: '$.schemaVersion', message: expect.stringMatching(/^is required/) }],
    });
    for (const version of ['1', 0, 1.5, null])
      expect(parseDataset({ ...buildDataset(), schemaVersion: version })).toMatchObject({
        ok: false,
        errors: [
          { path: '$.schemaVersion', message: expect.stringMatching(/^must be a whole number/) },
        ],
      });
  });
});
