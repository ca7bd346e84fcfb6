import { describe, expect, it } from 'vitest';
import type { PsoPersoneelsbestand, PsoPositie } from '../../api/pso';
import { bestandInput, inkoopInput, LEGE_INKOOP, LEGE_MEDEWERKER, medewerkerInput, wordtBerekend } from './psoForm';

describe('PSO forms', () => {
  it('answers every checklist item: ticked is met, the rest stays unanswered', () => {
    const checklist = [
      { code: 'BEGELEIDING', omschrijving: 'Begeleiding', voldaan: null },
      { code: 'BELEID', omschrijving: 'Beleid', voldaan: true },
    ];
    expect(bestandInput({ totaalFte: '48,5', voldaan: ['BEGELEIDING'] }, checklist)).toEqual({
      input: {
        totaalFte: '48.5',
        checklist: [
          { code: 'BEGELEIDING', voldaan: true },
          { code: 'BELEID', voldaan: null },
        ],
      },
    });
    expect(bestandInput({ totaalFte: 'veel', voldaan: [] }, []).fields).toEqual({ totaalFte: expect.any(String) });
  });

  it('sends a target-group employee without empty dates', () => {
    const values = {
      ...LEGE_MEDEWERKER,
      omschrijving: 'Magazijn 1',
      fte: '0,8',
      uitgangspositie: 'WW',
      contractType: 'REGULIER',
    };
    expect(medewerkerInput(values)).toEqual({
      input: { omschrijving: 'Magazijn 1', fte: '0.8', uitgangspositie: 'WW', contractType: 'REGULIER' },
    });
    expect(medewerkerInput({ ...values, instroomDatum: '2026-09-01' }).input?.instroomDatum).toBe('2026-09-01');
    expect(Object.keys(medewerkerInput(LEGE_MEDEWERKER).fields ?? {})).toEqual([
      'omschrijving',
      'fte',
      'uitgangspositie',
      'contractType',
    ]);
  });

  it('reads purchase amounts with thousands separators', () => {
    const values = {
      leverancier: 'SW-bedrijf',
      leverancierType: 'SW_BEDRIJF',
      factuurbedragExclBtw: '40.000',
      leverancierJaaromzet: '6.000.000',
      leverancierDoelgroepFte: '150',
    };
    expect(inkoopInput(values).input).toEqual({
      ...values,
      factuurbedragExclBtw: '40000',
      leverancierJaaromzet: '6000000',
    });
    expect(Object.keys(inkoopInput(LEGE_INKOOP).fields ?? {})).toHaveLength(5);
  });
});

describe('wordtBerekend', () => {
  const bestand = { gewijzigdOp: '2026-11-23T10:00:05Z' } as PsoPersoneelsbestand;
  const positie = (berekendOp: string) => ({ berekendOp }) as PsoPositie;

  it('waits for a position newer than the last change', () => {
    expect(wordtBerekend(bestand, positie('2026-11-23T10:00:01Z'))).toBe(true);
    expect(wordtBerekend(bestand, positie('2026-11-23T10:00:06Z'))).toBe(false);
    expect(wordtBerekend(bestand, null)).toBe(true);
  });

  it('has nothing to wait for without a workforce', () => {
    expect(wordtBerekend(null, null)).toBe(false);
  });
});
