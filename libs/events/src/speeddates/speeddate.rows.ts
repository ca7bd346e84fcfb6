import { MINUUT_MS, amsterdam } from '../shared/tijd';
import { SpeeddateEvent, SpeeddateGesprek, SpeeddateStatus } from './speeddate.types';

export interface EventRij {
  id: string;
  tenant_id: string;
  naam: string;
  datum: string;
  starttijd: string;
  locatie: string;
  adres: string;
  postcode: string;
  plaats: string | null;
  rondes: number;
  ronde_minuten: number;
  pauze_minuten: number;
  capaciteit_tafels: number;
  min_gesprekken: number;
  inschrijf_deadline: Date;
  status: SpeeddateStatus;
  planning_status: string;
  planning_voortgang: number;
  planning_versie: number;
  planning_melding: string | null;
  planning_totaal: string | null;
  planning_bovengrens: string | null;
  aantal_tafels: number;
  aantal_deelnemers: number;
}

export const EVENT_SELECT = `SELECT e.*, to_char(e.datum, 'YYYY-MM-DD') AS datum, to_char(e.starttijd, 'HH24:MI') AS starttijd,
  (SELECT count(*)::int FROM speeddate_tafel t WHERE t.event_id = e.id AND NOT t.afgemeld) AS aantal_tafels,
  (SELECT count(*)::int FROM speeddate_deelnemer d WHERE d.event_id = e.id AND NOT d.no_show) AS aantal_deelnemers
  FROM speeddate_event e`;

export function naarEvent(r: EventRij): SpeeddateEvent {
  return {
    id: r.id, naam: r.naam, datum: r.datum, starttijd: r.starttijd, locatie: r.locatie, adres: r.adres, postcode: r.postcode, plaats: r.plaats,
    rondes: r.rondes, rondeMinuten: r.ronde_minuten, pauzeMinuten: r.pauze_minuten, capaciteitTafels: r.capaciteit_tafels, minGesprekken: r.min_gesprekken,
    inschrijfDeadline: new Date(r.inschrijf_deadline), status: r.status, aantalTafels: r.aantal_tafels, aantalDeelnemers: r.aantal_deelnemers,
  };
}

/** Start of round `ronde` (1-based): the event start plus the earlier rounds and their breaks. */
export function rondeStart(e: Pick<EventRij, 'datum' | 'starttijd' | 'ronde_minuten' | 'pauze_minuten'>, ronde: number): Date {
  return new Date(amsterdam(e.datum, e.starttijd).getTime() + (ronde - 1) * (e.ronde_minuten + e.pauze_minuten) * MINUUT_MS);
}

export const GESPREK_SELECT = `SELECT g.id, g.ronde, g.tafel_id, t.nummer AS tafel_nummer, g.werkgever_id, w.naam AS werkgever_naam, g.deelnemer_id,
  k.code AS kandidaat_code, d.kandidaat_id, g.waarde, g.vast, g.uitkomst, g.voorstel_id
  FROM speeddate_gesprek g JOIN speeddate_tafel t ON t.id = g.tafel_id JOIN werkgever w ON w.id = g.werkgever_id
  JOIN speeddate_deelnemer d ON d.id = g.deelnemer_id JOIN kandidaat k ON k.id = d.kandidaat_id`;

export interface GesprekRij {
  id: string;
  ronde: number;
  tafel_id: string;
  tafel_nummer: number;
  werkgever_id: string;
  werkgever_naam: string;
  deelnemer_id: string;
  kandidaat_code: string;
  kandidaat_id: string;
  waarde: string;
  vast: boolean;
  uitkomst: SpeeddateGesprek['uitkomst'];
  voorstel_id: string | null;
}

export function naarGesprek(r: GesprekRij, e: EventRij): SpeeddateGesprek {
  const start = rondeStart(e, r.ronde);
  return {
    id: r.id, ronde: r.ronde, start, eind: new Date(start.getTime() + e.ronde_minuten * MINUUT_MS), tafelId: r.tafel_id, tafelNummer: r.tafel_nummer,
    werkgeverId: r.werkgever_id, werkgeverNaam: r.werkgever_naam, deelnemerId: r.deelnemer_id, kandidaatCode: r.kandidaat_code, waarde: Number(r.waarde),
    vast: r.vast, uitkomst: r.uitkomst, voorstelId: r.voorstel_id,
  };
}
