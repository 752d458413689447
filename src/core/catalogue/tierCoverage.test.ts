import { SUPPORT_LAYERS } from './layers';
import { TIERS } from './models';
import { ONSITE_ITEM, tierItems } from './tierCoverage';

describe('tierItems', () => {
  it('follows DOMAIN.md: Basic is tickets only, Flagship adds on-site and architecture consulting', () => {
    expect(tierItems('basic')).toEqual(['L1-1']);
    expect(tierItems('enterprise')).toEqual(['L1-1']);
    expect(tierItems('flagship')).toEqual(['L1-1', 'L3-1', 'L3-3']);
  });

  it('names only items of the catalogue', () => {
    const ids = SUPPORT_LAYERS.flatMap((l) => l.items.map((i) => i.id));
    for (const tier of TIERS) for (const id of tierItems(tier.id)) expect(ids).toContain(id);
    expect(ids).toContain(ONSITE_ITEM);
  });
});
