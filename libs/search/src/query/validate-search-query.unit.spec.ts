import { encodeCursor } from '@matchpunt/common';
import { SearchQuery } from '../port/search-query';
import { validateSearchQuery } from './validate-search-query';

const TENANT = '00000000-0000-4000-8000-00000000000a';
const valid = (q: Partial<SearchQuery> = {}) => validateSearchQuery({ type: 'vacature', tenantId: TENANT, first: 10, ...q });
const field = (q: Partial<SearchQuery>) => {
  try {
    valid(q);
  } catch (err) {
    return (err as { code?: string; field?: string }).code === 'BAD_USER_INPUT' ? (err as { field?: string }).field : `not user input: ${err}`;
  }
  return 'accepted';
};

describe('validateSearchQuery', () => {
  it('brings a query to one shape', () => {
    expect(valid({ text: '  chauffeur ', after: encodeCursor(20), near: { postcode: '4001 ab', km: 10 }, filters: { facets: { status: ['OPEN', 'OPEN'], sector: [] } } })).toEqual({
      type: 'vacature',
      tenantId: TENANT,
      text: 'chauffeur',
      facetFilters: [['status', ['OPEN']]],
      near: { postcode: '4001', km: 10 },
      facets: [],
      first: 10,
      offset: 20,
    });
  });

  it('answers BAD_USER_INPUT with the field for what a user can get wrong', () => {
    expect(field({ first: 0 })).toBe('first');
    expect(field({ first: 101 })).toBe('first');
    expect(field({ text: 'x'.repeat(201) })).toBe('text');
    expect(field({ after: 'bogus' })).toBe('after');
    expect(field({ near: { postcode: '123', km: 5 } })).toBe('near.postcode');
    expect(field({ near: { postcode: '4001', km: 301 } })).toBe('near.km');
    expect(field({ near: { lat: 91, lon: 5, km: 5 } })).toBe('near');
    expect(field({ filters: { uren: { min: 30, max: 20 } } })).toBe('filters.uren.min');
    expect(field({ filters: { uren: { max: -1 } } })).toBe('filters.uren.max');
    expect(field({ filters: { facets: { kleur: ['rood'] } as never } })).toBe('filters.facets.kleur');
    expect(field({ facets: ['kleur' as never] })).toBe('facets');
  });

  it('throws plainly for mistakes of the calling code', () => {
    expect(field({ tenantId: '' })).toMatch(/not user input/);
    expect(field({ type: 'klant' as never })).toMatch(/not user input/);
    expect(field({ werkgeverScope: { werkgeverId: 'x' } })).toMatch(/not user input/);
  });
});
