import { AppError } from '@matchpunt/common';
import { DomainValidationError, ParameterSetNotFoundError } from '@matchpunt/domain';
import { euroNl, procentNl } from './euro';
import { datum, getalTussen, naarPercentage, percentage } from './invoer';
import { apiVeld, vertaal } from './regel';
import { samenvoegen } from './samenvoegen';

describe('parameters utils', () => {
  it('writes euros the Dutch way', () => {
    expect(euroNl('98933.20')).toBe('€ 98.933,20');
    expect(euroNl('-13.70')).toBe('-€ 13,70');
    expect(euroNl('820', 0)).toBe('€ 820');
    expect(euroNl('1904.47')).toBe('€ 1.904,47');
    expect(procentNl('5.62')).toBe('5,62 %');
  });

  it('turns percentages into fractions and back, refusing more than 100 %', () => {
    expect(percentage('60', 'loonwaarde')).toBe('0.6');
    expect(naarPercentage('0.05')).toBe('5');
    expect(() => percentage('100.5', 'margePct')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'margePct' }));
    expect(() => getalTussen('0', 'totaalFte', 0, 10, false)).toThrow(expect.objectContaining({ field: 'totaalFte' }));
    expect(() => datum('2026-02-30', 'van')).toThrow(expect.objectContaining({ field: 'van' }));
  });

  it('names fields as the API does and turns rule errors into AppErrors', () => {
    expect(apiVeld('medewerkers[2].loonwaarde')).toBe('medewerkers.2.loonwaarde');
    expect(apiVeld('lks.wmlUur', 'inhoud')).toBe('inhoud.lks.wmlUur');
    const fout = vertaal(new DomainValidationError('medewerkers[0].urenPerWeek', 'moet groter dan 0 zijn', 'must be > 0')) as AppError;
    expect(fout).toMatchObject({ code: 'BAD_USER_INPUT', field: 'medewerkers.0.urenPerWeek', message: 'medewerkers.0.urenPerWeek: moet groter dan 0 zijn' });
    const geenSet = vertaal(new ParameterSetNotFoundError('t', '2028-01-01', '2028-01-01', null), { datumVeld: 'peildatum' }) as AppError;
    expect(geenSet).toMatchObject({ code: 'BAD_USER_INPUT', field: 'peildatum' });
    expect(geenSet.message).toContain('2028-01-01 t/m …');
  });

  it('merges a new version over its base: objects key by key, lists replaced', () => {
    expect(samenvoegen({ lks: { wmlUur: '14.71', maxPct: '0.70' }, bronnen: ['a', 'b'] }, { lks: { wmlUur: '14.90' }, bronnen: ['c'] })).toEqual({
      lks: { wmlUur: '14.90', maxPct: '0.70' },
      bronnen: ['c'],
    });
  });
});
