import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, renderJsonSchema } from '../../../scripts/generate-json-schema';

describe('data/dataset.schema.json', () => {
  it('is current with the zod schema (run "npm run schema" after changing it)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(renderJsonSchema());
  });

  it('describes the dataset fields', () => {
    const schema = JSON.parse(renderJsonSchema()) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'title', 'nodes', 'edges']),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['sources', 'nodes', 'edges', 'events']),
    );
  });
});
