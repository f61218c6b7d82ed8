/** The entity a typed name means: its id as written, else the best search match among entities. */
import type { GraphIndex } from './graphIndex';
import { search, type SearchIndex } from './search';

export function findEntity(
  index: GraphIndex,
  searchIndex: SearchIndex,
  text: string,
): string | null {
  const typed = text.trim();
  if (!typed) return null;
  if (index.nodesById.has(typed)) return typed;
  return search(searchIndex, typed, 50).find((result) => result.kind === 'node')?.id ?? null;
}
