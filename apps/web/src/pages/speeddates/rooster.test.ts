import { describe, expect, it } from 'vitest';
import type { SpeeddateGesprek } from '../../api/speeddates';
import { kwaliteitProcent, perTafel, planningLoopt, tafelplanRaster } from './rooster';

const gesprek = (id: string, ronde: number, tafelNummer: number, deelnemerId: string): SpeeddateGesprek => ({
  id,
  ronde,
  start: `2026-12-10T12:${String(ronde * 10).padStart(2, '0')}:00Z`,
  eind: `2026-12-10T12:${String(ronde * 10 + 8).padStart(2, '0')}:00Z`,
  tafelId: `t${tafelNummer}`,
  tafelNummer,
  werkgeverId: `w${tafelNummer}`,
  werkgeverNaam: `Werkgever ${tafelNummer}`,
  deelnemerId,
  kandidaatCode: `K-${deelnemerId}`,
  uitkomst: null,
  voorstelId: null,
});

describe('speeddate schedule helpers', () => {
  it('lays the table plan out as rounds × tables, leaving free tables empty and skipping cancelled ones', () => {
    const { kolommen, rijen } = tafelplanRaster(
      [
        { ronde: 2, start: 'b', gesprekken: [{ id: 'x', tafelNummer: 3, kandidaatCode: 'K-2' }] },
        { ronde: 1, start: 'a', gesprekken: [{ id: 'y', tafelNummer: 1, kandidaatCode: 'K-1' }] },
      ],
      [
        { nummer: 3, werkgeverNaam: 'C', afgemeld: false },
        { nummer: 2, werkgeverNaam: 'B', afgemeld: true },
        { nummer: 1, werkgeverNaam: 'A', afgemeld: false },
      ],
    );
    expect(kolommen.map((k) => k.nummer)).toEqual([1, 3]);
    expect(rijen).toEqual([
      { ronde: 1, start: 'a', codes: ['K-1', null] },
      { ronde: 2, start: 'b', codes: [null, 'K-2'] },
    ]);
  });

  it('groups meetings per table, in round order', () => {
    const alle = [gesprek('c', 2, 2, 'a'), gesprek('a', 2, 1, 'b'), gesprek('b', 1, 1, 'a')];
    expect(perTafel(alle).map((tafel) => [tafel.tafelNummer, tafel.gesprekken.map((g) => g.id)])).toEqual([
      [1, ['b', 'a']],
      [2, ['c']],
    ]);
  });

  it('tells whether the job still runs and how good the schedule is', () => {
    expect(planningLoopt('WACHTRIJ')).toBe(true);
    expect(planningLoopt('BEZIG')).toBe(true);
    expect(planningLoopt('KLAAR')).toBe(false);
    expect(planningLoopt(undefined)).toBe(false);
    expect(kwaliteitProcent({ totaleWaarde: 45.2, bovengrens: 50 })).toBe(90);
    expect(kwaliteitProcent({ totaleWaarde: null, bovengrens: null })).toBeNull();
    expect(kwaliteitProcent({ totaleWaarde: 0, bovengrens: 0 })).toBe(100);
  });
});
