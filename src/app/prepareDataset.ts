/**
 * Before a dataset read from a file or an address is stored, what its first drawing derives from
 * it (graph index, search index, the timeline's data, its fingerprint for what the browser keeps)
 * is derived here in steps of a few tens of milliseconds, a task each, so that the task that
 * stores it and renders does not do it all at once (about 650 ms in one task at 20,000 entities).
 * The derived values are cached on the dataset, so the load finds them ready.
 */
import { buildGraphIndex } from '../domain/graphIndex';
import type { Dataset } from '../domain/schema';
import { searchIndexSteps, type SearchIndex } from '../domain/search';
import { runStepsApart, type Steps } from '../domain/steps';
import { nextTask } from '../graph/perfMarks';
import { DERIVED, type DerivedCache } from '../store/derivedCache';
import type { LinkboardStore } from '../store/store';
import { timelineDataSteps } from '../ui/timeline/useTimelineData';

/** The search index in steps, left where selectSearchIndex looks it up (src/store/selectors.ts). */
function* searchIndexInto(cache: DerivedCache, dataset: Dataset): Steps<SearchIndex> {
  const known = cache.searchIndex.get(dataset);
  if (known) return known;
  const built = yield* searchIndexSteps(dataset);
  cache.searchIndex.set(dataset, built);
  return built;
}

export async function prepareDataset(store: LinkboardStore, dataset: Dataset): Promise<void> {
  // The selectors' cache (selectIndex, selectSearchIndex) is keyed by the dataset object, which
  // the store keeps as it is given.
  const cache = store.getState()[DERIVED];
  let index = cache.index.get(dataset);
  if (!index) {
    index = buildGraphIndex(dataset);
    cache.index.set(dataset, index);
  }
  await nextTask();
  await runStepsApart(searchIndexInto(cache, dataset), nextTask);
  await nextTask();
  await runStepsApart(timelineDataSteps(index), nextTask);
  await nextTask();
  // Fetched with what keeps records per dataset, after the page: not in the initial bundle.
  const { datasetFingerprint } = await import('../domain/fingerprint');
  datasetFingerprint(dataset);
  await nextTask();
}
