/** The curated default dataset, parsed, for tests that need real data. Paths are from the repo root. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildGraphIndex } from '../../src/domain/graphIndex';
import { parseDataset, type Dataset } from '../../src/domain/schema';
import { computeView } from '../../src/domain/view';
import { getDefaultViewState, type ViewState } from '../../src/domain/viewState';

export const DEFAULT_DATASET_PATH = resolve(process.cwd(), 'data/kataib-hizballah.json');

export const SEED_ARTICLE_PATH = resolve(process.cwd(), '../shared/seeds/000_c26fcccf46e2e3fb.txt');

export function readDefaultDatasetJson(): unknown {
  return JSON.parse(readFileSync(DEFAULT_DATASET_PATH, 'utf8'));
}

export function loadDefaultDataset(): Dataset {
  const result = parseDataset(readDefaultDatasetJson());
  if (!result.ok) throw new Error(`default dataset is invalid: ${JSON.stringify(result.errors)}`);
  return result.dataset;
}

/** The text of each default-dataset source that ships one (`textFile`, relative to the dataset). */
export function readDefaultSourceTexts(dataset: Dataset): Map<string, string> {
  const texts = new Map<string, string>();
  for (const source of dataset.sources)
    if (source.textFile)
      texts.set(
        source.id,
        readFileSync(resolve(dirname(DEFAULT_DATASET_PATH), source.textFile), 'utf8'),
      );
  return texts;
}

/** How many entities the default dataset shows in a view (the default one unless patched). */
export function visibleEntityCount(patch: Partial<ViewState> = {}): number {
  const dataset = loadDefaultDataset();
  return computeView(buildGraphIndex(dataset), { ...getDefaultViewState(), ...patch }).nodeIds.size;
}
