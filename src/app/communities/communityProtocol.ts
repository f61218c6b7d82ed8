/** Messages between the page and the community worker (communityWorker.ts). */
import { detectCommunities } from '../../domain/communities';

export interface CommunityRequest {
  id: number;
  nodeCount: number;
  /** Relations as pairs of entity indices. */
  ends: Uint32Array;
}

export interface CommunityResponse {
  id: number;
  /** The community of each entity, by index; null when detection failed. */
  communities: Int32Array | null;
}

/** What the worker does with a request. */
export function answerCommunityRequest(request: CommunityRequest): CommunityResponse {
  try {
    return { id: request.id, communities: detectCommunities(request.nodeCount, request.ends) };
  } catch {
    return { id: request.id, communities: null };
  }
}
