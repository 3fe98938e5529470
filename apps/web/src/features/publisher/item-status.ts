import type { Item } from '@groeiwijzer/contracts';

export type ItemFilter = 'all' | 'draft' | 'published' | 'archived' | 'awaitingApproval' | 'needsVerification';
export const ITEM_FILTERS: readonly ItemFilter[] = ['all', 'draft', 'published', 'archived', 'awaitingApproval', 'needsVerification'];

export type ItemAction = 'publish' | 'archive' | 'verify';

export function isItemFilter(value: unknown): value is ItemFilter {
  return typeof value === 'string' && (ITEM_FILTERS as readonly string[]).includes(value);
}

/** A coach item an admin has not approved yet: it cannot be published. */
export function awaitsApproval(item: Item): boolean {
  return item.kind === 'coach' && !item.approved;
}

export function matchesFilter(item: Item, filter: ItemFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'awaitingApproval':
      return awaitsApproval(item) && item.status !== 'archived';
    case 'needsVerification':
      return item.needsVerification && item.status !== 'archived';
    default:
      return item.status === filter;
  }
}

export function countByFilter(items: readonly Item[]): Record<ItemFilter, number> {
  return Object.fromEntries(ITEM_FILTERS.map((filter) => [filter, items.filter((item) => matchesFilter(item, filter)).length])) as Record<
    ItemFilter,
    number
  >;
}

/** What a publisher can do with an item in its status. Publishing a coach that awaits approval
 * is still offered: the API then says why it cannot, in words. */
export function itemActions(item: Item): ItemAction[] {
  const actions: ItemAction[] = [];
  if (item.status !== 'published') actions.push('publish');
  if (item.status !== 'archived') actions.push('archive', 'verify');
  return actions;
}
