import { fingerprint, identityOf, identityProperties, type PackIdentity } from './identity';

const IDENTITY: PackIdentity = {
  masterId: 'm-1',
  vendor: 'Beacon RTC',
  round: 2,
  questions: fingerprint('["Q1","Q2"]'),
  layoutVersion: 2,
  made: '2026-12-03',
};

describe('pack identity', () => {
  it('reads back what it writes', () => {
    expect(identityOf(identityProperties(IDENTITY))).toEqual(IDENTITY);
  });

  it('reads back the locked-content fingerprints, Chinese sheet names included; a damaged list is dropped', () => {
    const locked = { Instructions: '0123abcd', 问题: 'ffffffff' };
    const props = identityProperties({ ...IDENTITY, locked });
    expect(props['VendorCompare.Pack.Locked']).toBe('Instructions:0123abcd/问题:ffffffff');
    expect(identityOf(props)).toEqual({ ...IDENTITY, locked });
    expect(identityOf({ ...props, 'VendorCompare.Pack.Locked': 'Instructions:xyz' })).toEqual(IDENTITY);
  });

  it('is no identity when a field is missing or not a whole round', () => {
    const props = identityProperties(IDENTITY);
    expect(identityOf({ ...props, 'VendorCompare.Pack.Vendor': '' })).toBeNull();
    expect(identityOf({ ...props, 'VendorCompare.Pack.Round': '1.5' })).toBeNull();
    expect(identityOf({})).toBeNull();
  });

  it('fingerprints as FNV-1a 32 (reference values of the algorithm)', () => {
    // FNV-1a 32-bit test vectors: "" -> 811c9dc5, "a" -> e40c292c, "foobar" -> bf9cf968.
    expect([fingerprint(''), fingerprint('a'), fingerprint('foobar')]).toEqual(['811c9dc5', 'e40c292c', 'bf9cf968']);
  });
});
