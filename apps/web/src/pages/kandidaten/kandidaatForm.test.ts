import { describe, expect, it } from 'vitest';
import type { KandidaatStaf } from '../../api/kandidaten';
import { kandidaatValues, LEGE_KANDIDAAT, toNieuweKandidaatInput, toWijzigKandidaatInput } from './kandidaatForm';

const NIEUW = {
  ...LEGE_KANDIDAAT,
  gemeenteId: 'g1',
  voornaam: ' Noor ',
  achternaam: 'van Geffen',
  bsn: '111222333',
  geboortedatum: '1990-05-17',
  adres: 'Kerkstraat 12',
  postcode: '4001 ab',
  beroepswensen: 'orderpicker, magazijnmedewerker',
  vaardigheden: 'heftruckcertificaat',
  urenMin: '24',
  urenMax: '32',
  reisbereidheidKm: '20',
  vervoer: ['FIETS'],
  loonwaarde: '65',
  doelgroepregister: true,
  instrumenten: ['lksMogelijk', 'noRiskpolis'],
};

describe('toNieuweKandidaatInput', () => {
  it('names each wrong field before asking the API', () => {
    const { input, errors } = toNieuweKandidaatInput({
      ...LEGE_KANDIDAAT,
      bsn: '123',
      urenMin: '32',
      urenMax: '24',
      loonwaarde: '120',
      vervoer: ['GEEN', 'AUTO'],
    });
    expect(input).toBeUndefined();
    expect(Object.keys(errors.fields).sort()).toEqual([
      'achternaam',
      'adres',
      'beroepswensen',
      'bsn',
      'geboortedatum',
      'gemeenteId',
      'loonwaarde',
      'postcode',
      'urenMin',
      'vervoer',
      'voornaam',
    ]);
  });

  it('builds identity, profile, indications and instruments as separate parts', () => {
    const { input, errors } = toNieuweKandidaatInput(NIEUW);
    expect(errors.fields).toEqual({});
    expect(input).toMatchObject({
      gemeenteId: 'g1',
      identiteit: { voornaam: 'Noor', postcode: '4001 AB', telefoon: null, email: null },
      profiel: {
        beroepswensen: ['orderpicker', 'magazijnmedewerker'],
        urenMin: 24,
        urenMax: 32,
        reisbereidheidKm: 20,
        vervoer: ['FIETS'],
        beschikbaarVanaf: null,
      },
      indicaties: { doelgroepregister: true, beschut: false, loonwaarde: 65, klantprofiel: null },
      instrumenten: { lksMogelijk: true, noRiskpolis: true, proefplaatsing: false, jobcoach: false },
    });
    expect(input).not.toHaveProperty('werkcoachId');
  });

  it('asks an admin for the werkcoach and sends the chosen one', () => {
    expect(toNieuweKandidaatInput(NIEUW, true).errors.fields).toEqual({ werkcoachId: expect.any(String) });
    expect(toNieuweKandidaatInput({ ...NIEUW, werkcoachId: 'wc2' }, true).input).toMatchObject({ werkcoachId: 'wc2' });
  });
});

describe('toWijzigKandidaatInput', () => {
  it('round-trips a stored candidate without identity', () => {
    const kandidaat = {
      id: 'k1',
      code: 'K-2026-0001',
      status: 'BESCHIKBAAR',
      gemeente: { id: 'g1', naam: 'Tiel' },
      werkcoach: null,
      regio: { plaats: 'Tiel' },
      beroepswensen: ['kok'],
      vaardigheden: [],
      pitch: '',
      opleiding: '',
      werkervaring: '',
      urenMin: 20,
      urenMax: 24,
      rijbewijs: true,
      reisbereidheidKm: 10,
      vervoer: ['AUTO'],
      werkfitStatus: 'WERKFIT',
      nederlandsNiveau: null,
      beschikbaarVanaf: null,
      instrumenten: { lksMogelijk: false, noRiskpolis: false, proefplaatsing: true, jobcoach: false },
      indicaties: { doelgroepregister: false, beschut: false, loonwaarde: null, klantprofiel: 'KP2', doelgroepen: [] },
      toestemmingen: [],
    } satisfies KandidaatStaf;
    const { input } = toWijzigKandidaatInput(kandidaatValues(kandidaat));
    expect(input).not.toHaveProperty('identiteit');
    expect(input).toMatchObject({
      gemeenteId: 'g1',
      profiel: { beroepswensen: ['kok'], urenMin: 20, urenMax: 24, rijbewijs: true, werkfitStatus: 'WERKFIT' },
      indicaties: { loonwaarde: null, klantprofiel: 'KP2' },
      instrumenten: { proefplaatsing: true, lksMogelijk: false },
    });
  });
});
