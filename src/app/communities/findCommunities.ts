/**
 * Finds a dataset's communities in a Web Worker (communityWorker.ts), so that Louvain on a large
 * graph never blocks the page; where there is no Worker (tests in jsdom) it runs in place.
 */
import { relationEnds } from '../../domain/relationEnds';
import type { Dataset } from '../../domain/schema';
// Types only: Louvain and graphology load in the worker, or on demand where there is none.
import type { CommunityRequest, CommunityResponse } from './communityProtocol';

/** How a worker is made; tests pass a stand-in. */
export type WorkerFactory = () => Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<CommunityResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

const browserWorker: WorkerFactory | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./communityWorker.ts', import.meta.url), { type: 'module' });

let nextId = 1;

/** What the worker found, by entity id (see src/domain/communities.ts). */
export interface FoundCommunities {
  /** The community number of each entity. */
  byNode: ReadonlyMap<string, number>;
  /** The sub-community number of each entity of a community large enough to be split. */
  subByNode: ReadonlyMap<string, number>;
}

/** The communities of each entity, by id; rejects if the worker fails. */
export function findCommunities(
  dataset: Dataset,
  makeWorker: WorkerFactory | null = browserWorker,
): Promise<FoundCommunities> {
  const nodeIds = dataset.nodes.map((n) => n.id);
  const request: CommunityRequest = {
    id: nextId++,
    nodeCount: nodeIds.length,
    ends: relationEnds(nodeIds, dataset.edges),
  };
  const toMap = ({ communities, subcommunities }: CommunityResponse): FoundCommunities => {
    if (!communities || !subcommunities) throw new Error('community detection failed');
    const byNode = new Map<string, number>();
    const subByNode = new Map<string, number>();
    nodeIds.forEach((id, i) => {
      byNode.set(id, communities[i]!);
      if (subcommunities[i]! >= 0) subByNode.set(id, subcommunities[i]!);
    });
    return { byNode, subByNode };
  };
  if (!makeWorker)
    return import('./communityProtocol').then(({ answerCommunityRequest }) =>
      toMap(answerCommunityRequest(request)),
    );
  return new Promise((resolve, reject) => {
    const worker = makeWorker();
    worker.onmessage = (event) => {
      worker.terminate();
      try {
        resolve(toMap(event.data));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('the community worker stopped'));
    };
    worker.postMessage(request, [request.ends.buffer]);
  });
}
