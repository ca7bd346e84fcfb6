import { DomainValidationError } from '../../errors';
import { berekenLks, loonkostensubsidie } from '../lks';
import { rivierenland, thrown, withChanges } from './fixtures';

describe('LKS — edge cases', () => {
  it('on the cap boundary (loonwaarde 30 % = 1 − maxPct) the cap does not bite and the amount equals the cap', () => {
    const onBoundary = loonkostensubsidie({ loonwaarde: 0.3, urenPerWeek: 32 }, rivierenland);
    const below = loonkostensubsidie({ loonwaarde: 0.2, urenPerWeek: 32 }, rivierenland);
    expect(onBoundary.gecapt).toBe(false);
    expect(onBoundary.lksPerUur).toBe(below.lksPerUur);
    expect(onBoundary.lksPerMaand).toBe('1904.47');
    expect(loonkostensubsidie({ loonwaarde: '0.2999', urenPerWeek: 32 }, rivierenland).gecapt).toBe(true);
  });

  it('loonwaarde 100 % gives no subsidy; loonwaarde 0 % gets the capped maximum', () => {
    expect(loonkostensubsidie({ loonwaarde: 1, urenPerWeek: 36 }, rivierenland)).toMatchObject({
      lksPerUur: '0.00',
      lksPerMaand: '0.00',
      lksPerJaar: '0.00',
      gecapt: false,
    });
    expect(loonkostensubsidie({ loonwaarde: 0, urenPerWeek: 32 }, rivierenland)).toMatchObject({
      lksPerUur: '13.73',
      gecapt: true,
    });
  });

  it('uses the youth minimum wage below 21 (20 jr = 80 %) and the full WML from 21', () => {
    const adult = berekenLks({ loonwaarde: 0.6, urenPerWeek: 24, leeftijd: 21 }, rivierenland.lks);
    const twenty = berekenLks({ loonwaarde: 0.6, urenPerWeek: 24, leeftijd: 20 }, rivierenland.lks);
    expect(adult.wmlUur.toString()).toBe('14.71');
    expect(twenty.wmlUur.toString()).toBe('11.768');
    expect(twenty.perUur.toString()).toBe(adult.perUur.times('0.8').toString());
    expect(loonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 24, leeftijd: 17 }, rivierenland).wmlUur).toBe('5.81');
  });

  it('refuses an age without a minimum wage', () => {
    const e = thrown(() => loonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 24, leeftijd: 14 }, rivierenland));
    expect(e).toBeInstanceOf(DomainValidationError);
    expect((e as DomainValidationError).field).toBe('leeftijd');
  });

  it('voorlopig (not yet measured): flat loonwaarde 0.5 with a flag and an end date 6 months on', () => {
    const r = loonkostensubsidie({ urenPerWeek: 24, voorlopig: { startDatum: '2026-03-15' } }, rivierenland);
    expect(r.loonwaarde).toBe('0.5');
    expect(r.voorlopig).toEqual({ startDatum: '2026-03-15', eindDatum: '2026-09-14' });
    expect(r.lksPerUur).toBe(loonkostensubsidie({ loonwaarde: 0.5, urenPerWeek: 24 }, rivierenland).lksPerUur);
    const short = loonkostensubsidie(
      { urenPerWeek: 24, voorlopig: { startDatum: '2026-03-15', eindDatum: '2026-06-30' } },
      rivierenland,
    );
    expect(short.voorlopig?.eindDatum).toBe('2026-06-30');
  });

  it('voorlopig may not run longer than the parameter set allows, nor come with a measured loonwaarde', () => {
    const tooLong = thrown(() =>
      loonkostensubsidie(
        { urenPerWeek: 24, voorlopig: { startDatum: '2026-03-15', eindDatum: '2026-09-15' } },
        rivierenland,
      ),
    );
    expect((tooLong as DomainValidationError).field).toBe('voorlopig.eindDatum');
    const both = thrown(() =>
      loonkostensubsidie({ loonwaarde: 0.4, urenPerWeek: 24, voorlopig: { startDatum: '2026-03-15' } }, rivierenland),
    );
    expect((both as DomainValidationError).field).toBe('loonwaarde');
  });

  it('month end dates: a voorlopige LKS starting 31 August ends 27 February (31 Aug + 6 months = 28 Feb, minus a day)', () => {
    const r = loonkostensubsidie({ urenPerWeek: 24, voorlopig: { startDatum: '2026-08-31' } }, rivierenland);
    expect(r.voorlopig?.eindDatum).toBe('2027-02-27');
  });

  it.each([
    [{ loonwaarde: 1.01, urenPerWeek: 24 }, 'loonwaarde'],
    [{ loonwaarde: -0.1, urenPerWeek: 24 }, 'loonwaarde'],
    [{ urenPerWeek: 24 }, 'loonwaarde'],
    [{ loonwaarde: 0.5, urenPerWeek: 0 }, 'urenPerWeek'],
    [{ loonwaarde: 0.5, urenPerWeek: 'veel' }, 'urenPerWeek'],
  ])('refuses %j naming %s', (input, field) => {
    const e = thrown(() => loonkostensubsidie(input, rivierenland));
    expect(e).toBeInstanceOf(DomainValidationError);
    expect((e as DomainValidationError).field).toBe(field);
    expect((e as DomainValidationError).messageNl).toContain(field);
  });

  it('takes every number from the parameter set (another WML gives another amount)', () => {
    const other = withChanges(rivierenland, (s) => {
      s.id = 'test-wml-15';
      s.lks.wmlUur = '15.00';
    });
    const r = loonkostensubsidie({ loonwaarde: 0.6, urenPerWeek: 24 }, other);
    expect(r.parameterSetId).toBe('test-wml-15');
    expect(r.lksPerUur).toBe('8.00'); // 0.4 × 15 × 1.08 × 1.235 = 8.0028
  });
});
