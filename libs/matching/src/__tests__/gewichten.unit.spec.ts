import { AppError } from '@matchpunt/common';
import { DEFAULT_MATCH_WEIGHTS } from '@matchpunt/domain';
import { naarVlak, valideerGewichten, wijzigGewichten } from '../utils/gewichten';

const fout = (work: () => unknown) => {
  try {
    work();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected an error');
};

describe('match weights', () => {
  it('the defaults pass validation unchanged', () => {
    expect(valideerGewichten(JSON.parse(JSON.stringify(DEFAULT_MATCH_WEIGHTS)))).toEqual(DEFAULT_MATCH_WEIGHTS);
  });

  it('changes only what is given', () => {
    const w = wijzigGewichten(DEFAULT_MATCH_WEIGHTS, {
      vacatureFactoren: [{ factor: 'AFSTAND', maxPunten: 40 }],
      afstandVolledigTotKm: 10,
    });
    expect(w.vacatureFactoren).toEqual({ ...DEFAULT_MATCH_WEIGHTS.vacatureFactoren, AFSTAND: 40 });
    expect(w.afstand.volledigTotKm).toBe(10);
    expect(w.werkgeverFactoren).toEqual(DEFAULT_MATCH_WEIGHTS.werkgeverFactoren);
    expect(w.reactieVersterking).toEqual(DEFAULT_MATCH_WEIGHTS.reactieVersterking);
  });

  it('replaces the versterkingen as a whole', () => {
    const w = wijzigGewichten(DEFAULT_MATCH_WEIGHTS, {
      reactieVersterking: [{ reden: 'GEEN_PLEK', factor: 'HISTORIE', multiplier: 3 }],
    });
    expect(w.reactieVersterking).toEqual({ GEEN_PLEK: { factor: 'HISTORIE', multiplier: 3 } });
  });

  it('round-trips through the flat GraphQL shape', () => {
    expect(wijzigGewichten(DEFAULT_MATCH_WEIGHTS, naarVlak(DEFAULT_MATCH_WEIGHTS))).toEqual(DEFAULT_MATCH_WEIGHTS);
  });

  it.each([
    [{ vacatureFactoren: [{ factor: 'AFSTAND' as const, maxPunten: -1 }] }, 'vacatureFactoren.AFSTAND'],
    [{ vacatureFactoren: [{ factor: 'ONBEKEND' as never, maxPunten: 1 }] }, 'vacatureFactoren'],
    [
      {
        werkgeverFactoren: ['HISTORIE', 'SECTOR', 'AFSTAND', 'DOELGROEP', 'INSTRUMENTEN'].map((factor) => ({
          factor: factor as never,
          maxPunten: 0,
        })),
      },
      'werkgeverFactoren',
    ],
    [{ onbekendFractie: 1.5 }, 'onbekendFractie'],
    [{ urenTolerantieUren: 0 }, 'urenTolerantieUren'],
    [{ beschikbaarheidGraceDagen: 2.5 }, 'beschikbaarheidGraceDagen'],
    [{ vaardighedenVerplichtGewicht: 0, vaardighedenGewenstGewicht: 0 }, 'vaardighedenVerplichtGewicht'],
    [
      { reactieVersterking: [{ reden: 'TE_VER_WEG' as const, factor: 'AFSTAND' as const, multiplier: 0.5 }] },
      'reactieVersterking.TE_VER_WEG.multiplier',
    ],
    [{ afstandVolledigTotKm: Number.NaN }, 'afstandVolledigTotKm'],
  ])('refuses %j (field %s)', (wijziging, field) => {
    const err = fout(() => wijzigGewichten(DEFAULT_MATCH_WEIGHTS, wijziging));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses stored weights with a missing part', () => {
    const { uren: _weg, ...rest } = DEFAULT_MATCH_WEIGHTS;
    expect(fout(() => valideerGewichten(rest))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uren' });
    expect(fout(() => valideerGewichten(null))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gewichten' });
  });
});
