/**
 * Before a dataset read from a file or an address is stored, what its first drawing derives from
 * it (graph index, search index, the timeline's data, its fingerprint for what the browser keeps)
 * is derived here in steps of a few tens of milliseconds, a task each, so that the task that
 * stores it and renders does not do it all at once (about 650 ms in one task at 20,000 entities).
 * The derived values are cached on the dataset, so the load finds them ready.
 */
import { datasetFingerprint } from '../domain/fingerprint';
import type { Dataset } from '../domain/schema';
import { runStepsApart } from '../domain/steps';
import { nextTask } from '../graph/perfMarks';
import { prepareIndex, prepareSearchIndex } from '../store/selectors';
import type { LinkboardStore } from '../store/store';
import { timelineDataSteps } from '../ui/timeline/useTimelineData';

export async function prepareDataset(store: LinkboardStore, dataset: Dataset): Promise<void> {
  const state = store.getState();
  const index = prepareIndex(state, dataset);
  await nextTask();
  await runStepsApart(prepareSearchIndex(state, dataset), nextTask);
  await nextTask();
  await runStepsApart(timelineDataSteps(index), nextTask);
  await nextTask();
  datasetFingerprint(dataset);
  await nextTask();
}
