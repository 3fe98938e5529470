/** A publisher offers items only where an admin approved it to work: each of an item's regions
 * must be one of the publisher's own regions. `landelijk` (nationwide) is no wildcard either way:
 * an item may be nationwide only when the publisher's regions include `landelijk` (a national
 * body, approved as such), and a nationwide publisher lists the single regions it also serves.
 * Returns the item's regions that fall outside, in the item's order. */
export function regionsOutsidePublisher(itemRegions: readonly string[], publisherRegions: readonly string[]): string[] {
  const own = new Set(publisherRegions);
  return itemRegions.filter((region) => !own.has(region));
}

