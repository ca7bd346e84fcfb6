import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AARDSTRAAL_KM,
  beroepsgroep,
  Beroepsgroep,
  BoundingBox,
  MatchVestiging,
  WerkgeverHistorie,
} from '@matchpunt/domain';
import { DataSource, EntityManager } from 'typeorm';
import { KandidaatRij, VacatureRij, WerkgeverRij } from '../utils/profielen';

/**
 * Matching's read model: the narrowing queries that run before the pure engine scores. They read the
 * kandidaat, vacature, werkgever, vestiging and plaatsing tables directly (read-only, always by tenant),
 * because no feature service can answer "every available candidate within reach of this point" without
 * loading all of them: the feature services stay the way in for everything else (entities for the answer,
 * access checks, writes). Nothing here is shown to a user as is.
 */

/** Great-circle distance in SQL (haversine, km), the same formula as `afstandKm` in libs/domain. */
const afstandSql = (lat: string, lon: string, pLat: string, pLon: string) =>
  `(2 * ${AARDSTRAAL_KM} * asin(least(1, sqrt(power(sin(radians(${pLat} - ${lat}) / 2), 2)
     + cos(radians(${lat})) * cos(radians(${pLat})) * power(sin(radians(${pLon} - ${lon}) / 2), 2)))))`;
/** Rounding margin so the SQL prefilter never drops a candidate the engine would keep. */
const MARGE_KM = 0.001;

/** The profile columns, in the order of `KandidaatRij`'s keys below. */
const KANDIDAAT_VELDEN = [
  ['id', 'k.id'],
  ['beroepswensen', 'k.beroepswensen'],
  ['vaardigheden', 'k.vaardigheden'],
  ['regio_lat', 'k.regio_lat'],
  ['regio_lon', 'k.regio_lon'],
  ['reisbereidheid_km', 'k.reisbereidheid_km'],
  ['uren_min', 'k.uren_min'],
  ['uren_max', 'k.uren_max'],
  ['beschikbaar_vanaf', 'k.beschikbaar_vanaf::text'],
  ['rijbewijs', 'k.rijbewijs'],
  ['vervoer', 'k.vervoer'],
  ['nederlands_niveau', 'k.nederlands_niveau'],
  ['sector_wensen', 'k.sector_wensen'],
  ['lks_mogelijk', 'k.lks_mogelijk'],
  ['no_riskpolis', 'k.no_riskpolis'],
  ['proefplaatsing', 'k.proefplaatsing'],
  ['jobcoach', 'k.jobcoach'],
  ['doelgroepen', 'i.doelgroepen'],
  ['doelgroepregister', 'i.doelgroepregister'],
  ['beschut', 'i.beschut'],
] as const satisfies readonly (readonly [keyof KandidaatRij, string])[];

const KANDIDAAT_KOLOMMEN = KANDIDAAT_VELDEN.map(([naam, expr]) => `${expr} AS ${naam}`).join(', ');
/**
 * Many candidates come back as one JSON array of arrays: parsing one JSON text is several times cheaper in
 * node than the driver's per-row, per-column parsing (arrays especially).
 */
const KANDIDAAT_JSON = `coalesce(json_agg(json_build_array(${KANDIDAAT_VELDEN.map(([, expr]) => expr).join(', ')})), '[]'::json) AS rijen`;

function uitJson(rijen: unknown[][]): KandidaatRij[] {
  return rijen.map((waarden) => {
    const rij: Record<string, unknown> = {};
    for (let i = 0; i < KANDIDAAT_VELDEN.length; i++) rij[KANDIDAAT_VELDEN[i][0]] = waarden[i];
    return rij as unknown as KandidaatRij;
  });
}

/** A vacature's place: its own vestiging, else the werkgever's first one. */
const VACATURE_SELECT = `SELECT va.id, va.werkgever_id, va.titel, va.beroep, va.vereiste_vaardigheden, va.gewenste_vaardigheden,
    va.uren_min, va.uren_max, va.startdatum::text AS startdatum, va.rijbewijs_vereist, va.nederlands_niveau, va.doelgroepen, va.instrumenten,
    loc.lat, loc.lon, loc.plaats
  FROM vacature va
  JOIN LATERAL (SELECT ve.lat, ve.lon, ve.plaats FROM vestiging ve
                WHERE ve.werkgever_id = va.werkgever_id AND (va.vestiging_id IS NULL OR ve.id = va.vestiging_id)
                ORDER BY ve.created_at, ve.id LIMIT 1) loc ON true`;

export interface KandidatenVoorVacatureFilter {
  tenantId: string;
  lat: number;
  lon: number;
  /** the box around the vacature that holds every point within the largest reisbereidheid */
  box: BoundingBox;
  rijbewijsVereist: boolean;
  /** candidates available only after this date are excluded by the engine anyway */
  uiterlijkBeschikbaar: string;
  /**
   * Only candidates with one of these beroepswensen or none at all (`binnen`), or only the others (`buiten`):
   * the two halves of a ranking that first scores the candidates whose wishes can match the occupation.
   */
  wensen?: { binnen: readonly string[] } | { buiten: readonly string[] };
}

/** The WHERE of `kandidatenVoorVacature` and its parameters ($1…). */
function kandidatenWaar(f: KandidatenVoorVacatureFilter): { waar: string; params: unknown[] } {
  const params: unknown[] = [
    f.tenantId,
    f.box.minLat,
    f.box.maxLat,
    f.box.minLon,
    f.box.maxLon,
    f.lat,
    f.lon,
    f.rijbewijsVereist,
    f.uiterlijkBeschikbaar,
  ];
  let waar = `k.tenant_id = $1 AND k.status = 'BESCHIKBAAR'
         AND k.regio_lat BETWEEN $2 AND $3 AND k.regio_lon BETWEEN $4 AND $5
         AND ${afstandSql('k.regio_lat', 'k.regio_lon', '$6', '$7')} <= k.reisbereidheid_km + ${MARGE_KM}
         AND (NOT $8::boolean OR k.rijbewijs)
         AND (k.beschikbaar_vanaf IS NULL OR k.beschikbaar_vanaf <= $9::date)`;
  if (f.wensen && 'binnen' in f.wensen) {
    params.push(f.wensen.binnen);
    waar += ` AND (cardinality(k.beroepswensen) = 0 OR k.beroepswensen && $10::text[])`;
  } else if (f.wensen) {
    params.push(f.wensen.buiten);
    waar += ` AND cardinality(k.beroepswensen) > 0 AND NOT (k.beroepswensen && $10::text[])`;
  }
  return { waar, params };
}

@Injectable()
export class MatchBronnen {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The largest reisbereidheid among the tenant's available candidates (0 when there are none). */
  async maxReisbereidheid(tenantId: string, m: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ km }] = await m.query(
      `SELECT coalesce((SELECT reisbereidheid_km FROM kandidaat WHERE tenant_id = $1 AND status = 'BESCHIKBAAR' ORDER BY reisbereidheid_km DESC LIMIT 1), 0)::int AS km`,
      [tenantId],
    );
    return km;
  }

  /**
   * BESCHIKBAAR candidates of the tenant that could match a vacature at (lat, lon): inside the outer box,
   * within their own reisbereidheid of the place, holding a licence when one is required, and available
   * in time. The engine applies the same rules exactly; this only narrows.
   */
  async kandidatenVoorVacature(
    f: KandidatenVoorVacatureFilter,
    m: EntityManager = this.dataSource.manager,
  ): Promise<KandidaatRij[]> {
    const { waar, params } = kandidatenWaar(f);
    const [{ rijen }] = await m.query(
      `SELECT ${KANDIDAAT_JSON} FROM kandidaat k LEFT JOIN kandidaat_indicatie i ON i.kandidaat_id = k.id WHERE ${waar}`,
      params,
    );
    return uitJson(rijen);
  }

  /** The distinct beroepswensen of the candidates `kandidatenVoorVacature` would return (without `wensen`). */
  async wensenVoorVacature(
    f: KandidatenVoorVacatureFilter,
    m: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const { waar, params } = kandidatenWaar({ ...f, wensen: undefined });
    const rijen: { wens: string }[] = await m.query(
      `SELECT DISTINCT w.wens FROM kandidaat k CROSS JOIN LATERAL unnest(k.beroepswensen) AS w(wens) WHERE ${waar}`,
      params,
    );
    return rijen.map((r) => r.wens);
  }

  /** Every BESCHIKBAAR candidate of the tenant, unfiltered: the plain full scan the benchmark compares with. */
  async alleBeschikbareKandidaten(
    tenantId: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<KandidaatRij[]> {
    const [{ rijen }] = await m.query(
      `SELECT ${KANDIDAAT_JSON} FROM kandidaat k LEFT JOIN kandidaat_indicatie i ON i.kandidaat_id = k.id
       WHERE k.tenant_id = $1 AND k.status = 'BESCHIKBAAR'`,
      [tenantId],
    );
    return uitJson(rijen);
  }

  /** One candidate's matching profile (any status). */
  async kandidaat(
    tenantId: string,
    id: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<KandidaatRij | null> {
    const [rij] = await m.query(
      `SELECT ${KANDIDAAT_KOLOMMEN} FROM kandidaat k LEFT JOIN kandidaat_indicatie i ON i.kandidaat_id = k.id WHERE k.tenant_id = $1 AND k.id = $2`,
      [tenantId, id],
    );
    return rij ?? null;
  }

  /** One vacature with its place (any status), or null when it has no place at all. */
  async vacature(
    tenantId: string,
    id: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<VacatureRij | null> {
    const [rij] = await m.query(`${VACATURE_SELECT} WHERE va.tenant_id = $1 AND va.id = $2`, [tenantId, id]);
    return rij ?? null;
  }

  /**
   * OPEN vacatures whose place lies in the box, without a licence the candidate lacks, and not starting so
   * early that the candidate (available from `beschikbaarVanaf`) is excluded.
   */
  openVacaturesIn(
    tenantId: string,
    box: BoundingBox,
    kandidaat: { rijbewijs: boolean; beschikbaarVanaf: string; graceDagen: number; peildatum: string },
    m: EntityManager = this.dataSource.manager,
  ): Promise<VacatureRij[]> {
    return m.query(
      `${VACATURE_SELECT}
       WHERE va.tenant_id = $1 AND va.status = 'OPEN'
         AND loc.lat BETWEEN $2 AND $3 AND loc.lon BETWEEN $4 AND $5
         AND (NOT va.rijbewijs_vereist OR $6::boolean)
         AND greatest(va.startdatum, $9::date) + $8::int >= $7::date`,
      [
        tenantId,
        box.minLat,
        box.maxLat,
        box.minLon,
        box.maxLon,
        kandidaat.rijbewijs,
        kandidaat.beschikbaarVanaf,
        kandidaat.graceDagen,
        kandidaat.peildatum,
      ],
    );
  }

  /** The tenant's vestigingen inside the box, grouped by werkgever. */
  async vestigingenIn(
    tenantId: string,
    box: BoundingBox,
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, MatchVestiging[]>> {
    const rijen: { id: string; werkgever_id: string; lat: number; lon: number; plaats: string }[] = await m.query(
      `SELECT id, werkgever_id, lat, lon, plaats FROM vestiging
       WHERE tenant_id = $1 AND lat BETWEEN $2 AND $3 AND lon BETWEEN $4 AND $5`,
      [tenantId, box.minLat, box.maxLat, box.minLon, box.maxLon],
    );
    return groepeer(
      rijen,
      (r) => r.werkgever_id,
      ({ id, lat, lon, plaats }) => ({ id, lat, lon, plaats }),
    );
  }

  /** Every vestiging of these werkgevers, grouped by werkgever. */
  async vestigingenVan(
    tenantId: string,
    werkgeverIds: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, MatchVestiging[]>> {
    if (werkgeverIds.length === 0) return new Map();
    const rijen: { id: string; werkgever_id: string; lat: number; lon: number; plaats: string }[] = await m.query(
      `SELECT id, werkgever_id, lat, lon, plaats FROM vestiging WHERE tenant_id = $1 AND werkgever_id = ANY($2::uuid[])`,
      [tenantId, werkgeverIds],
    );
    return groepeer(
      rijen,
      (r) => r.werkgever_id,
      ({ id, lat, lon, plaats }) => ({ id, lat, lon, plaats }),
    );
  }

  werkgevers(
    tenantId: string,
    ids: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<WerkgeverRij[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT id, sector, open_doelgroepen, geaccepteerde_instrumenten FROM werkgever WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [tenantId, ids],
    );
  }

  /**
   * Past placements per werkgever and beroepsgroep: the group of the vacature's occupation (or title), else
   * of the placed candidate's first recognised wish.
   */
  async plaatsingenPerBeroepsgroep(
    tenantId: string,
    werkgeverIds: readonly string[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, WerkgeverHistorie['plaatsingenPerBeroepsgroep']>> {
    const uit = new Map<string, Partial<Record<Beroepsgroep, number>>>();
    if (werkgeverIds.length === 0) return uit;
    const rijen: {
      werkgever_id: string;
      beroep: string | null;
      titel: string | null;
      beroepswensen: string[];
      aantal: number;
    }[] = await m.query(
      `SELECT p.werkgever_id, va.beroep, va.titel, k.beroepswensen, count(*)::int AS aantal
       FROM plaatsing p JOIN kandidaat k ON k.id = p.kandidaat_id LEFT JOIN vacature va ON va.id = p.vacature_id
       WHERE p.tenant_id = $1 AND p.werkgever_id = ANY($2::uuid[])
       GROUP BY p.werkgever_id, va.beroep, va.titel, k.beroepswensen`,
      [tenantId, werkgeverIds],
    );
    for (const rij of rijen) {
      const termen = [rij.beroep, rij.titel, ...rij.beroepswensen].filter((t): t is string => Boolean(t));
      let groep: Beroepsgroep | undefined;
      for (const term of termen) if ((groep = beroepsgroep(term))) break;
      if (!groep) continue;
      const per = uit.get(rij.werkgever_id) ?? {};
      per[groep] = (per[groep] ?? 0) + rij.aantal;
      uit.set(rij.werkgever_id, per);
    }
    return uit;
  }
}

function groepeer<R, T>(rijen: readonly R[], sleutel: (r: R) => string, waarde: (r: R) => T): Map<string, T[]> {
  const uit = new Map<string, T[]>();
  for (const rij of rijen) {
    const k = sleutel(rij);
    const lijst = uit.get(k);
    if (lijst) lijst.push(waarde(rij));
    else uit.set(k, [waarde(rij)]);
  }
  return uit;
}
