import type { Item } from '@groeiwijzer/contracts';
import { awaitsApproval, countByFilter, itemActions, matchesFilter } from './item-status';

const item = (patch: Partial<Item>): Item =>
  ({ id: 'x', kind: 'training', status: 'draft', approved: true, needsVerification: false, ...patch }) as Item;

describe('item status', () => {
  it('knows a coach waits for an admin until approved', () => {
    expect(awaitsApproval(item({ kind: 'coach', approved: false }))).toBe(true);
    expect(awaitsApproval(item({ kind: 'coach', approved: true }))).toBe(false);
    expect(awaitsApproval(item({ kind: 'scheme', approved: false }))).toBe(false);
  });

  it('offers the actions that fit the status', () => {
    expect(itemActions(item({ status: 'draft' }))).toEqual(['publish', 'archive', 'verify']);
    expect(itemActions(item({ status: 'published' }))).toEqual(['archive', 'verify']);
    expect(itemActions(item({ status: 'archived' }))).toEqual(['publish']);
  });

  it('filters and counts by status, waiting coaches and items to check', () => {
    const items = [
      item({ status: 'draft' }),
      item({ status: 'published', needsVerification: true }),
      item({ status: 'archived', needsVerification: true }),
      item({ kind: 'coach', status: 'draft', approved: false }),
    ];
    expect(countByFilter(items)).toEqual({ all: 4, draft: 2, published: 1, archived: 1, awaitingApproval: 1, needsVerification: 1 });
    expect(matchesFilter(items[1], 'needsVerification')).toBe(true);
    expect(matchesFilter(items[2], 'needsVerification')).toBe(false);
  });
});
