/** Messages between the page and the community worker (communityWorker.ts). */
import { detectCommunities, splitCommunities } from '../../domain/communities';

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
  /** The sub-community of each entity in a large community, or -1 (see splitCommunities). */
  subcommunities: Int32Array | null;
}

/** What the worker does with a request. */
export function answerCommunityRequest(request: CommunityRequest): CommunityResponse {
  try {
    const communities = detectCommunities(request.nodeCount, request.ends);
    const subcommunities = splitCommunities(request.ends, communities);
    return { id: request.id, communities, subcommunities };
  } catch {
    return { id: request.id, communities: null, subcommunities: null };
  }
}
