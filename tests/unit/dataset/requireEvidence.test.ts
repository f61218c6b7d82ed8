/** The curated default dataset keeps the strict rule that CI checks: evidence everywhere. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/domain/schema';
import { readDefaultDatasetJson } from '../../helpers/defaultDataset';

describe('the default dataset under the require-evidence rule', () => {
  it('passes: every entity, relation and event quotes a source', () => {
    const result = parseDataset(readDefaultDatasetJson(), { requireEvidence: true });
    expect(result.ok && result.warnings).toEqual([]);
  });
});
