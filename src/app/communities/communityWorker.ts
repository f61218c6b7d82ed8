/** The community worker: Louvain off the main thread (see src/domain/communities.ts). */
import { answerCommunityRequest, type CommunityRequest } from './communityProtocol';

self.onmessage = (event: MessageEvent<CommunityRequest>) => {
  const response = answerCommunityRequest(event.data);
  const transfer = [response.communities, response.subcommunities].flatMap((a) =>
    a ? [a.buffer] : [],
  );
  (self as unknown as Worker).postMessage(response, transfer);
};
