import { describe, expect, it } from 'vitest';
import { LEGE_PLAATSING, meting, toPlaatsingGegevens, toPlaatsingInput } from './plaatsingForm';

describe('toPlaatsingInput', () => {
  it('names the missing and wrong fields', () => {
    const { input, fields } = toPlaatsingInput('k1', {
      ...LEGE_PLAATSING,
      startDatum: '2026-03-01',
      eindDatum: '2026-02-01',
      urenPerWeek: '61',
    });
    expect(input).toBeUndefined();
    expect(Object.keys(fields).sort()).toEqual(['eindDatum', 'type', 'urenPerWeek', 'werkgeverId']);
  });

  it('builds the input, with null for an open end', () => {
    const { input } = toPlaatsingInput('k1', {
      werkgeverId: 'w1',
      type: 'LKS',
      startDatum: '2026-01-05',
      eindDatum: '',
      urenPerWeek: '24',
    });
    expect(input).toEqual({
      kandidaatId: 'k1',
      werkgeverId: 'w1',
      type: 'LKS',
      startDatum: '2026-01-05',
      eindDatum: null,
      urenPerWeek: 24,
    });
  });
});

describe('meting', () => {
  it('says whether a checkpoint was measured and what came out', () => {
    const datum = (iso: string) => iso.split('-').reverse().join('-');
    expect(meting(null, null, datum)).toBe('Nog niet gemeten');
    expect(meting(true, '2026-07-05', datum)).toBe('Nog aan het werk (gemeten op 05-07-2026)');
    expect(meting(false, '2026-07-05', datum)).toMatch(/^Niet meer aan het werk/);
  });
});

describe('toPlaatsingGegevens', () => {
  it('checks the plaatsing without a werkgever and keeps an open end as null', () => {
    const leeg = { type: '', startDatum: '', eindDatum: '', urenPerWeek: '' };
    expect(Object.keys(toPlaatsingGegevens(leeg).fields).sort()).toEqual(['startDatum', 'type', 'urenPerWeek']);
    expect(toPlaatsingGegevens({ ...leeg, type: 'LKS', startDatum: '2026-01-05', urenPerWeek: '24' }).gegevens).toEqual(
      {
        type: 'LKS',
        startDatum: '2026-01-05',
        eindDatum: null,
        urenPerWeek: 24,
      },
    );
  });
});
