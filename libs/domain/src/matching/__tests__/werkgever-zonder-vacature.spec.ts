import { DEFAULT_MATCH_WEIGHTS as W, rank, scoreWerkgever } from '..';
import { CONTEXT, kandidaat, PLAATS, werkgever } from './fixtures';

describe('een werkgever zonder open vacature is een geldige match', () => {
  it('scoort op sector, historie in de beroepsgroep, doelgroepen, instrumenten en afstand', () => {
    const r = scoreWerkgever(kandidaat(), werkgever(), W, CONTEXT);
    expect(r.excluded).toBeUndefined();
    expect(r.factors.map((f) => f.factor)).toEqual(['HISTORIE', 'SECTOR', 'AFSTAND', 'DOELGROEP', 'INSTRUMENTEN']);
    expect(r.score).toBeGreaterThan(80);
  });

  it('meet de afstand tot de dichtstbijzijnde vestiging', () => {
    const wg = werkgever({ vestigingen: [{ ...PLAATS.nijmegen }, { ...PLAATS.culemborg }] });
    const r = scoreWerkgever(kandidaat(), wg, W, CONTEXT);
    expect(r.factors.find((f) => f.factor === 'AFSTAND')?.zin).toMatch(/^Woont 9 km van de vestiging in Culemborg/);
  });

  it('de historie telt in de beroepsgroep van de wens van de kandidaat', () => {
    const logistiek = werkgever({
      id: 'w-log',
      history: { plaatsingenPerBeroepsgroep: { logistiek: 3 }, reacties: [] },
    });
    const zorg = werkgever({ id: 'w-zorg', history: { plaatsingenPerBeroepsgroep: { zorg: 3 }, reacties: [] } });
    const k = kandidaat({ beroepswensen: ['orderpicker'] });
    expect(scoreWerkgever(k, logistiek, W, CONTEXT).score).toBeGreaterThan(scoreWerkgever(k, zorg, W, CONTEXT).score);
  });

  it('"geen plek" gemeld kost punten', () => {
    const vol = werkgever();
    const geenPlek = werkgever({
      history: {
        plaatsingenPerBeroepsgroep: { logistiek: 3 },
        reacties: [{ reden: 'GEEN_PLEK' }, { reden: 'GEEN_PLEK' }],
      },
    });
    expect(scoreWerkgever(kandidaat(), geenPlek, W, CONTEXT).score).toBeLessThan(
      scoreWerkgever(kandidaat(), vol, W, CONTEXT).score,
    );
  });

  it('staat in een gemengde ranking naast vacatures', () => {
    const top = rank(kandidaat(), [werkgever()], W, { ...CONTEXT, limit: 5 });
    expect(top).toHaveLength(1);
    expect(top[0].item.id).toBe('w-1');
  });
});
