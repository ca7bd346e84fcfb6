import { describe, expect, it } from 'vitest';
import { menuFor } from './menu';

describe('menuFor', () => {
  it('gives each role its own menu', () => {
    const labels = (rol: Parameters<typeof menuFor>[0]) => menuFor(rol).map((item) => item.label);
    expect(labels('WERKGEVER')).toEqual([
      'Overzicht',
      'Voorstellen',
      'Vacatures',
      'Kandidaten',
      'Groepsplaatsing',
      'SROI',
      'PSO',
      'Jobdates',
      'Kennissessies',
      'Speeddates',
      'Mijn organisatie',
    ]);
    expect(labels('ACCOUNTMANAGER')).toEqual([
      'Overzicht',
      'Pijplijn',
      'Functiecreatie',
      'Aanbodskrant',
      'Werkgevers',
      'Vacatures',
      'Kandidaten',
      'SROI',
      'Kennissessies',
      'Speeddates',
      'Rapportages',
    ]);
    expect(labels('ADMIN')).toEqual([
      'Overzicht',
      'Functiecreatie',
      'Aanbodskrant',
      'Werkgevers',
      'Vacatures',
      'Kandidaten',
      'SROI',
      'Jobdates',
      'Kennissessies',
      'Speeddates',
      'Gebruiker toevoegen',
      'Zoekindex',
      'Rapportages',
    ]);
  });

  it('never shows an employer the staff screens', () => {
    expect(menuFor('WERKGEVER').map((item) => item.path)).not.toContain('/werkgevers');
  });
});
