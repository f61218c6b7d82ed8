/**
 * Whether an item has no quoted evidence (issue 14: imported links are marked, not refused).
 * A leaf module so that the first page can draw and count unsourced items without the schema.
 */
export function isUnsourced(item: { evidence: readonly unknown[] }): boolean {
  return item.evidence.length === 0;
}
