/**
 * The effect behind grouping by community: when the view asks for communities the loaded dataset
 * does not have yet, finds them in the worker and stores the answer for that dataset. A failure
 * is stored too (no groups) and said in a notice, so the canvas never waits forever.
 */
import { selectGroupsPending } from '../../store/selectors';
import type { LinkboardStore } from '../../store/store';
import { findCommunities } from './findCommunities';

export function watchCommunities(store: LinkboardStore): () => void {
  let asked: unknown = null;
  const check = () => {
    const state = store.getState();
    const { dataset } = state;
    if (!dataset || !selectGroupsPending(state) || asked === dataset) return;
    asked = dataset;
    findCommunities(dataset).then(
      (found) => store.getState().setCommunities({ dataset, ...found }),
      (error: unknown) => {
        store.getState().setCommunities({ dataset, byNode: null, subByNode: null });
        store.getState().pushNotice({
          level: 'error',
          title: 'Could not find communities',
          details: [error instanceof Error ? error.message : String(error)],
        });
      },
    );
  };
  check();
  return store.subscribe(check);
}
