import { describe, expect, it } from 'vitest';
import { datasetFingerprint } from '../../../src/domain/fingerprint';
import { parseDataset, type Dataset } from '../../../src/domain/schema';
import { buildDataset, node } from '../../helpers/datasetBuilder';

function parsed(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('datasetFingerprint', () => {
  const base = parsed(buildDataset({ nodes: [node('a'), node('b')] }));

  it('is the same for the same content read twice', () => {
    expect(datasetFingerprint(parsed(buildDataset({ nodes: [node('a'), node('b')] })))).toBe(
      datasetFingerprint(base),
    );
  });

  it('changes with the title, the ids and the counts', () => {
    const others = [
      buildDataset({ title: 'Other', nodes: [node('a'), node('b')] }),
      buildDataset({ nodes: [node('a'), node('c')] }),
      buildDataset({ nodes: [node('a')] }),
    ].map((d) => datasetFingerprint(parsed(d)));
    expect(new Set([datasetFingerprint(base), ...others]).size).toBe(4);
  });

  it('ignores what does not identify the dataset, such as a label', () => {
    const relabelled = parsed(buildDataset({ nodes: [node('a', { label: 'New' }), node('b')] }));
    expect(datasetFingerprint(relabelled)).toBe(datasetFingerprint(base));
  });
});
