import { Doelgroep } from '@matchpunt/common';
import { IndicatiesInput, InstrumentenInput, ProfielInput, WijzigIdentiteitInput } from '../dto/kandidaat.inputs';
import { KandidaatIdentiteit } from '../kandidaat-identiteit.entity';
import { KandidaatIndicatie } from '../kandidaat-indicatie.entity';
import { Kandidaat, KandidaatInstrumenten } from '../kandidaat.entity';
import { WerkfitStatus } from '../kandidaat.enums';

/** Copies the given (validated) profile fields onto the entity. Null clears a field that may be empty. */
export function pasProfielToe(k: Kandidaat, p: Partial<ProfielInput>): void {
  if (p.beroepswensen) k.beroepswensen = p.beroepswensen;
  if (p.vaardigheden) k.vaardigheden = p.vaardigheden;
  if (p.werkervaring !== undefined) k.werkervaring = p.werkervaring ?? '';
  if (p.opleiding !== undefined) k.opleiding = p.opleiding ?? '';
  if (p.pitch !== undefined) k.pitch = p.pitch ?? '';
  if (p.rijbewijs != null) k.rijbewijs = p.rijbewijs;
  if (p.vervoer) k.vervoer = p.vervoer;
  if (p.reisbereidheidKm != null) k.reisbereidheidKm = p.reisbereidheidKm;
  if (p.urenMin != null) k.urenMin = p.urenMin;
  if (p.urenMax != null) k.urenMax = p.urenMax;
  if (p.beschikbaarVanaf !== undefined) k.beschikbaarVanaf = p.beschikbaarVanaf ?? null;
  if (p.nederlandsNiveau !== undefined) k.nederlandsNiveau = p.nederlandsNiveau ?? null;
  if (p.werkfitStatus != null) k.werkfitStatus = p.werkfitStatus;
  else k.werkfitStatus ??= WerkfitStatus.WERKFIT;
  if (p.sectorWensen) k.sectorWensen = p.sectorWensen;
}

export function pasInstrumentenToe(k: Kandidaat, i: InstrumentenInput = {}): void {
  const huidig: KandidaatInstrumenten = k.instrumenten ?? { lksMogelijk: false, noRiskpolis: false, proefplaatsing: false, jobcoach: false };
  k.instrumenten = {
    lksMogelijk: i.lksMogelijk ?? huidig.lksMogelijk,
    noRiskpolis: i.noRiskpolis ?? huidig.noRiskpolis,
    proefplaatsing: i.proefplaatsing ?? huidig.proefplaatsing,
    jobcoach: i.jobcoach ?? huidig.jobcoach,
  };
}

export function pasIndicatiesToe(ind: KandidaatIndicatie, i: IndicatiesInput = {}): void {
  ind.doelgroepregister = i.doelgroepregister ?? ind.doelgroepregister ?? false;
  ind.beschut = i.beschut ?? ind.beschut ?? false;
  if (i.loonwaarde !== undefined) ind.loonwaarde = i.loonwaarde ?? null;
  else ind.loonwaarde ??= null;
  if (i.klantprofiel !== undefined) ind.klantprofiel = i.klantprofiel ?? null;
  else ind.klantprofiel ??= null;
  ind.doelgroepen = i.doelgroepen ?? ind.doelgroepen ?? ([] as Doelgroep[]);
}

/** Copies identity fields; answers the names of the fields that changed (for the audit log). */
export function pasIdentiteitToe(id: KandidaatIdentiteit, i: WijzigIdentiteitInput): string[] {
  const gewijzigd: string[] = [];
  for (const veld of ['voornaam', 'achternaam', 'bsn', 'geboortedatum', 'adres', 'postcode', 'woonplaats'] as const) {
    const waarde = i[veld];
    if (waarde != null && waarde !== id[veld]) {
      id[veld] = waarde;
      gewijzigd.push(veld);
    }
  }
  for (const veld of ['telefoon', 'email'] as const) {
    if (i[veld] === undefined) continue;
    const waarde = i[veld] || null;
    if (waarde !== id[veld]) {
      id[veld] = waarde;
      gewijzigd.push(veld);
    }
  }
  return gewijzigd;
}
