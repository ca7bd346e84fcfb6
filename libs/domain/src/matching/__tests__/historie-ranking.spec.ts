import { DEFAULT_MATCH_WEIGHTS as W, MatchKandidaat, MatchWeights, rankKandidaten, scoreVacature } from '..';
import { contextMet, kandidaat, PLAATS, vacature, werkgever } from './fixtures';

/** Near: 10 km, no skills. Far: about 20 km (of 25), all skills. */
const dichtbij: MatchKandidaat = kandidaat({ id: 'k-dichtbij', skills: [], ...PLAATS.geldermalsen });
const veraf: MatchKandidaat = kandidaat({
  id: 'k-veraf',
  skills: ['VCA', 'heftruckcertificaat'],
  lat: PLAATS.nijmegen.lat - 0.05,
  lon: PLAATS.nijmegen.lon - 0.18,
});

const v = vacature({ requiredSkills: ['VCA', 'heftruckcertificaat'] });
const zonderHistorie = werkgever({ history: { plaatsingenPerBeroepsgroep: {}, reacties: [] } });
const teVerWeg = werkgever({ history: { plaatsingenPerBeroepsgroep: {}, reacties: [{ reden: 'TE_VER_WEG' }] } });

describe('een werkgever die eerder "te ver weg" zei, weegt afstand zwaarder', () => {
  it('de verre maar betere kandidaat wint zonder die historie', () => {
    const top = rankKandidaten(v, [dichtbij, veraf], W, {
      ...contextMet(zonderHistorie),
      peildatum: '2026-02-01',
      limit: 2,
    });
    expect(top.map((t) => t.item.id)).toEqual(['k-veraf', 'k-dichtbij']);
  });

  it('de nabije kandidaat wint mét die historie', () => {
    const top = rankKandidaten(v, [dichtbij, veraf], W, { ...contextMet(teVerWeg), peildatum: '2026-02-01', limit: 2 });
    expect(top.map((t) => t.item.id)).toEqual(['k-dichtbij', 'k-veraf']);
  });

  it('de multiplier is een gewicht: op 1 verandert er niets', () => {
    const neutraal: MatchWeights = { ...W, reactieVersterking: { TE_VER_WEG: { factor: 'AFSTAND', multiplier: 1 } } };
    const met = scoreVacature(veraf, v, neutraal, contextMet(teVerWeg)).score;
    const zonder = scoreVacature(veraf, v, neutraal, contextMet(zonderHistorie)).score;
    expect(met).toBe(zonder);
  });

  it('"uren passen niet" weegt de uren zwaarder', () => {
    const wg = werkgever({ history: { plaatsingenPerBeroepsgroep: {}, reacties: [{ reden: 'UREN_PASSEN_NIET' }] } });
    const r = scoreVacature(kandidaat(), vacature(), W, contextMet(wg));
    expect(r.factors.find((f) => f.factor === 'UREN')?.maxPunten).toBe(15);
  });

  it('meerdere gelijke reacties versterken één keer', () => {
    const twee = werkgever({
      history: { plaatsingenPerBeroepsgroep: {}, reacties: [{ reden: 'TE_VER_WEG' }, { reden: 'TE_VER_WEG' }] },
    });
    const r = scoreVacature(kandidaat(), vacature(), W, contextMet(twee));
    expect(r.factors.find((f) => f.factor === 'AFSTAND')?.maxPunten).toBe(30);
  });
});
