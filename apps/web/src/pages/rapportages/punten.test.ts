import { describe, expect, it } from 'vitest';
import type { SroiRapportage } from '../../api/sroi';
import {
  drukste,
  maandPunten,
  meetpunten,
  procent,
  sroiPerGemeente,
  sroiVoortgang,
  standaardPeriode,
  trechter,
} from './punten';

describe('trechter', () => {
  it('orders the stages, fills missing ones with 0 and counts the closed ones apart', () => {
    const result = trechter([
      { fase: 'GEPLAATST', aantal: 2 },
      { fase: 'VOORGESTELD', aantal: 5 },
      { fase: 'INTERESSE', aantal: 3 },
      { fase: 'AFGEWEZEN', aantal: 4 },
      { fase: 'INGETROKKEN', aantal: 1 },
    ]);
    expect(result.fasen).toEqual([
      { fase: 'VOORGESTELD', aantal: 5 },
      { fase: 'BEKEKEN', aantal: 0 },
      { fase: 'INTERESSE', aantal: 3 },
      { fase: 'KENNISMAKING', aantal: 0 },
      { fase: 'PROEFPLAATSING', aantal: 0 },
      { fase: 'GEPLAATST', aantal: 2 },
    ]);
    expect(result).toMatchObject({ lopend: 8, afgewezen: 4, ingetrokken: 1, totaal: 15 });
  });

  it('is all zeros without voorstellen', () => {
    expect(trechter([])).toMatchObject({ lopend: 0, totaal: 0 });
  });
});

describe('procent', () => {
  it('rounds to whole percents and is 0 of nothing', () => {
    expect(procent(1, 3)).toBe(33);
    expect(procent(2, 3)).toBe(67);
    expect(procent(0, 0)).toBe(0);
  });
});

describe('maandPunten', () => {
  it('labels each month short for the axis and in full for the table', () => {
    expect(
      maandPunten([
        { maand: '2025-12', geplaatst: 0 },
        { maand: '2026-03', geplaatst: 4 },
      ]),
    ).toEqual([
      { label: "dec '25", maand: 'december 2025', waarde: 0 },
      { label: "mrt '26", maand: 'maart 2026', waarde: 4 },
    ]);
  });

  it('finds the busiest month, or none when nobody was placed', () => {
    const punten = maandPunten([
      { maand: '2026-01', geplaatst: 2 },
      { maand: '2026-02', geplaatst: 5 },
      { maand: '2026-03', geplaatst: 5 },
    ]);
    expect(drukste(punten)?.maand).toBe('februari 2026');
    expect(drukste(maandPunten([{ maand: '2026-01', geplaatst: 0 }]))).toBeNull();
  });
});

describe('meetpunten', () => {
  it('gives the 6 and 12 month checkpoints of a report line', () => {
    expect(
      meetpunten({
        gemeente: null,
        geplaatst: 4,
        zesMaandenGemeten: 4,
        zesMaandenAanHetWerk: 3,
        twaalfMaandenGemeten: 0,
        twaalfMaandenAanHetWerk: 0,
        percentageZesMaanden: 75,
        percentageTwaalfMaanden: null,
      }),
    ).toEqual([
      { maanden: 6, gemeten: 4, aanHetWerk: 3, percentage: 75 },
      { maanden: 12, gemeten: 0, aanHetWerk: 0, percentage: null },
    ]);
  });
});

describe('sroiVoortgang', () => {
  it('reads the API percentage, 0 when there is none', () => {
    expect(sroiVoortgang({ voortgangPct: '29.63' })).toBe(29.63);
    expect(sroiVoortgang({ voortgangPct: null })).toBe(0);
  });
});

describe('standaardPeriode', () => {
  it('runs from the first of the month eleven months back to today', () => {
    expect(standaardPeriode(new Date('2026-11-23T10:00:00Z'))).toEqual({ van: '2025-12-01', tot: '2026-11-23' });
    expect(standaardPeriode(new Date('2026-01-05T10:00:00Z'))).toEqual({ van: '2025-02-01', tot: '2026-01-05' });
  });
});

describe('sroiPerGemeente', () => {
  const rapport = (gemeente: string, aantal: number, verplichting: string, gehaald: string, achter = 0) =>
    ({
      gemeente,
      van: '2026-01-01',
      tot: '2026-12-31',
      peildatum: '2026-11-23',
      regels: [],
      totaal: {
        aantal,
        verplichting,
        gerealiseerdInPeriode: gehaald,
        gerealiseerdTotEinde: gehaald,
        prognose: verplichting,
        achter,
        opSchema: aantal - achter,
        gerealiseerd: 0,
      },
    }) satisfies SroiRapportage;

  it('gives each gemeente with obligations its realised share and leaves the others out', () => {
    expect(
      sroiPerGemeente([rapport('Buren', 0, '0.00', '0.00'), rapport('Tiel', 2, '60000.00', '17777.78', 1)]),
    ).toEqual([
      { gemeente: 'Tiel', aantal: 2, verplichting: '60000.00', gehaald: '17777.78', achter: 1, voortgang: 29.6 },
    ]);
  });
});
