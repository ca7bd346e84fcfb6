import { isGeldigBsn, normaliseerBsn } from '../utils/bsn';

describe('BSN elfproef', () => {
  it.each(['111222333', '123456782', '010000008'])('accepts %s', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });

  it.each(['123456789', '111222334', '000000000', '12345678', '1234567890', '12345678a', ''])('refuses %s', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });

  it('strips dots and spaces and restores a dropped leading zero', () => {
    expect(normaliseerBsn('1112.22.333')).toBe('111222333');
    expect(normaliseerBsn(' 10000008 ')).toBe('010000008');
    expect(isGeldigBsn(normaliseerBsn('10000008'))).toBe(true);
  });
});
