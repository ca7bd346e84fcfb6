import { DEFAULT_MATCH_WEIGHTS, MatchKandidaat, MatchVacature, MatchWerkgever, rankKandidaten } from '@matchpunt/domain';
import { beroepSnoei, snoeiVolstaat } from '../utils/beroep-snoei';
import { wijzigGewichten } from '../utils/gewichten';

const PEILDATUM = '2026-03-01';
const vacature: MatchVacature = {
  soort: 'VACATURE',
  id: 'v1',
  werkgeverId: 'w1',
  title: 'Orderpicker',
  occupation: 'orderpicker',
  requiredSkills: ['scanner'],
  preferredSkills: ['heftruckcertificaat'],
  lat: 51.886,
  lon: 5.43,
  plaats: 'Tiel',
  urenMin: 24,
  urenMax: 32,
  rijbewijsVereist: false,
  doelgroepen: ['BANENAFSPRAAK'],
  instrumenten: ['LKS'],
};
const werkgever = (reacties: MatchWerkgever['history']['reacties'] = []): MatchWerkgever => ({
  soort: 'WERKGEVER',
  id: 'w1',
  sector: 'H',
  vestigingen: [{ lat: 51.886, lon: 5.43, plaats: 'Tiel' }],
  openDoelgroepen: [],
  acceptedInstrumenten: ['NO_RISKPOLIS'],
  history: { plaatsingenPerBeroepsgroep: {}, reacties },
});

const WENSEN = ['orderpicker', 'Orderpicker', 'magazijnmedewerker', 'heftruckchauffeur', 'kok', 'verpleegkundige', 'kapper', 'schoonmaker', 'onbekend beroep xyz'];
const SKILLS = ['scanner', 'heftruckcertificaat', 'koken', 'klantvriendelijk', 'teamwerk'];

function kandidaten(n: number, seed = 7): MatchKandidaat[] {
  let a = seed;
  const r = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
  const kies = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => ({
    id: `k${String(i).padStart(5, '0')}`,
    beroepswensen: r() < 0.05 ? [] : [kies(WENSEN), ...(r() < 0.4 ? [kies(WENSEN)] : [])],
    skills: [kies(SKILLS), kies(SKILLS)],
    lat: 51.886 + (r() - 0.5) * 0.4,
    lon: 5.43 + (r() - 0.5) * 0.6,
    reisbereidheidKm: kies([5, 10, 20, 30, 50]),
    urenMin: kies([8, 16, 24, 32]),
    urenMax: 40,
    beschikbaarVanaf: PEILDATUM,
    rijbewijs: r() < 0.5,
    vervoer: [],
    nederlandsNiveau: kies(['A2', 'B1', 'B2', 'MOEDERTAAL'] as const),
    sectorWensen: r() < 0.5 ? ['H'] : [],
    doelgroepen: r() < 0.3 ? ['BANENAFSPRAAK'] : [],
    instrumenten: r() < 0.5 ? ['LKS'] : [],
  }));
}

describe('beroepSnoei', () => {
  it('asks the engine which wishes can score on BEROEP', () => {
    const snoei = beroepSnoei(vacature, werkgever(), WENSEN, DEFAULT_MATCH_WEIGHTS, PEILDATUM)!;
    expect(snoei.relevant).toEqual(expect.arrayContaining(['orderpicker', 'Orderpicker']));
    expect(snoei.relevant).not.toContain('kok');
    expect(snoei.relevant).not.toContain('verpleegkundige');
    expect(snoei.relevant).not.toContain('onbekend beroep xyz');
  });

  it('bounds a candidate without a matching wish by the other factors, with the werkgever’s reinforcements', () => {
    expect(beroepSnoei(vacature, werkgever(), [], DEFAULT_MATCH_WEIGHTS, PEILDATUM)!.bovengrens).toBe(70.1);
    // "te ver weg" doubles AFSTAND (15 → 30): (115 − 30) / 115 = 73.9
    expect(beroepSnoei(vacature, werkgever([{ reden: 'TE_VER_WEG' }]), [], DEFAULT_MATCH_WEIGHTS, PEILDATUM)!.bovengrens).toBe(74);
  });

  it('does not prune when BEROEP is off or too light to show a partial match', () => {
    const uit = wijzigGewichten(DEFAULT_MATCH_WEIGHTS, { vacatureFactoren: [{ factor: 'BEROEP', maxPunten: 0 }] });
    expect(beroepSnoei(vacature, werkgever(), WENSEN, uit, PEILDATUM)).toBeNull();
    const licht = wijzigGewichten(DEFAULT_MATCH_WEIGHTS, { vacatureFactoren: [{ factor: 'BEROEP', maxPunten: 0.1 }] });
    expect(beroepSnoei(vacature, werkgever(), WENSEN, licht, PEILDATUM)).toBeNull();
  });

  it.each([
    ['default weights', DEFAULT_MATCH_WEIGHTS, []],
    ['a werkgever that declined te ver weg', DEFAULT_MATCH_WEIGHTS, [{ reden: 'TE_VER_WEG' as const }]],
    ['light BEROEP', wijzigGewichten(DEFAULT_MATCH_WEIGHTS, { vacatureFactoren: [{ factor: 'BEROEP', maxPunten: 5 }] }), []],
  ])('ranks exactly as the full ranking (%s)', (_naam, w, reacties) => {
    const wg = werkgever(reacties);
    const opties = { peildatum: PEILDATUM, werkgevers: new Map([[wg.id, wg]]), limit: 20 };
    const alle = kandidaten(3000);
    const volledig = rankKandidaten(vacature, alle, w, opties).map((t) => `${t.item.id}:${t.score}`);
    const snoei = beroepSnoei(vacature, wg, [...new Set(alle.flatMap((k) => k.beroepswensen))], w, PEILDATUM)!;
    const relevant = new Set(snoei.relevant);
    const eerste = alle.filter((k) => k.beroepswensen.length === 0 || k.beroepswensen.some((x) => relevant.has(x)));
    expect(eerste.length).toBeLessThan(alle.length);
    let treffers = rankKandidaten(vacature, eerste, w, opties);
    if (!snoeiVolstaat(snoei, treffers.map((t) => t.score), 20)) treffers = rankKandidaten(vacature, alle, w, opties);
    expect(treffers.map((t) => `${t.item.id}:${t.score}`)).toEqual(volledig);
  });

  it('prunes when the relevant candidates fill the top N above the bound', () => {
    const wg = werkgever();
    const alle = kandidaten(3000);
    const snoei = beroepSnoei(vacature, wg, [...new Set(alle.flatMap((k) => k.beroepswensen))], DEFAULT_MATCH_WEIGHTS, PEILDATUM)!;
    const relevant = new Set(snoei.relevant);
    const eerste = alle.filter((k) => k.beroepswensen.length === 0 || k.beroepswensen.some((x) => relevant.has(x)));
    const treffers = rankKandidaten(vacature, eerste, DEFAULT_MATCH_WEIGHTS, { peildatum: PEILDATUM, werkgevers: new Map([[wg.id, wg]]), limit: 20 });
    expect(snoeiVolstaat(snoei, treffers.map((t) => t.score), 20)).toBe(true);
    expect(snoeiVolstaat(snoei, treffers.map((t) => t.score), 5000)).toBe(false);
  });
});
