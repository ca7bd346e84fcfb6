import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff } from '@matchpunt/common';
import { addMonths, vandaag } from '@matchpunt/domain';
import { DataSource } from 'typeorm';
import { PeriodeInput } from './dto/plaatsing.inputs';
import { DuurzaamheidMaand, DuurzaamheidRapport, DuurzaamheidRegel } from './duurzaamheid.types';
import { datum, isUuid } from './utils/valideer-plaatsing';

interface Rij {
  gemeente_id: string;
  gemeente: string;
  geplaatst: number;
  zes_bereikt: number;
  zes_gemeten: number;
  zes_werk: number;
  twaalf_bereikt: number;
  twaalf_gemeten: number;
  twaalf_werk: number;
}

/** The duurzame-uitstroom report: placements started in a period, per gemeente of the tenant. */
@Injectable()
export class DuurzaamheidService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rapport(actor: Actor, periode: PeriodeInput, gemeenteId?: string): Promise<DuurzaamheidRapport> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const van = datum(periode.van, 'periode.van');
    const tot = datum(periode.tot, 'periode.tot');
    if (tot < van) throw AppError.badInput('Het einde van de periode ligt voor het begin.', 'periode.tot');
    if (addMonths(van, 120) < tot) throw AppError.badInput('De periode mag hoogstens 10 jaar zijn.', 'periode.tot');
    if (gemeenteId != null && !isUuid(gemeenteId)) throw AppError.notFound('Gemeente', gemeenteId);
    const peildatum = vandaag();
    const rijen: Rij[] = await this.dataSource.query(
      `SELECT g.id AS gemeente_id, g.naam AS gemeente,
              count(p.id)::int AS geplaatst,
              count(p.id) FILTER (WHERE p.start_datum + interval '6 months' <= $4::date)::int AS zes_bereikt,
              count(p.id) FILTER (WHERE p.aan_het_werk_6m IS NOT NULL)::int AS zes_gemeten,
              count(p.id) FILTER (WHERE p.aan_het_werk_6m)::int AS zes_werk,
              count(p.id) FILTER (WHERE p.start_datum + interval '12 months' <= $4::date)::int AS twaalf_bereikt,
              count(p.id) FILTER (WHERE p.aan_het_werk_12m IS NOT NULL)::int AS twaalf_gemeten,
              count(p.id) FILTER (WHERE p.aan_het_werk_12m)::int AS twaalf_werk
       FROM gemeente g
       LEFT JOIN plaatsing p ON p.gemeente_id = g.id AND p.tenant_id = g.tenant_id AND p.start_datum BETWEEN $2::date AND $3::date
       WHERE g.tenant_id = $1 AND ($5::uuid IS NULL OR g.id = $5::uuid)
       GROUP BY g.id, g.naam ORDER BY g.naam`,
      [actor.tenantId, van, tot, peildatum, gemeenteId ?? null],
    );
    if (gemeenteId && rijen.length === 0) throw AppError.notFound('Gemeente', gemeenteId);
    const gemeenten = rijen.map((r) => regel(r.gemeente_id, r.gemeente, r));
    const som = (key: keyof Omit<Rij, 'gemeente_id' | 'gemeente'>) => rijen.reduce((total, r) => total + r[key], 0);
    const totaal = regel(null, null, {
      geplaatst: som('geplaatst'),
      zes_bereikt: som('zes_bereikt'),
      zes_gemeten: som('zes_gemeten'),
      zes_werk: som('zes_werk'),
      twaalf_bereikt: som('twaalf_bereikt'),
      twaalf_gemeten: som('twaalf_gemeten'),
      twaalf_werk: som('twaalf_werk'),
    });
    const maanden: DuurzaamheidMaand[] = await this.dataSource.query(
      `SELECT to_char(m.maand, 'YYYY-MM') AS maand, count(p.id)::int AS geplaatst
       FROM generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month') AS m(maand)
       LEFT JOIN plaatsing p ON p.tenant_id = $1 AND p.start_datum BETWEEN $2::date AND $3::date
        AND date_trunc('month', p.start_datum) = m.maand AND ($4::uuid IS NULL OR p.gemeente_id = $4::uuid)
       GROUP BY m.maand ORDER BY m.maand`,
      [actor.tenantId, van, tot, gemeenteId ?? null],
    );
    return { van, tot, peildatum, gemeenten, totaal, maanden };
  }
}

function regel(gemeenteId: string | null, gemeente: string | null, r: Omit<Rij, 'gemeente_id' | 'gemeente'>): DuurzaamheidRegel {
  const pct = (deel: number, geheel: number) => (geheel === 0 ? null : Math.round((deel / geheel) * 1000) / 10);
  return {
    gemeenteId,
    gemeente,
    geplaatst: r.geplaatst,
    zesMaandenBereikt: r.zes_bereikt,
    zesMaandenGemeten: r.zes_gemeten,
    zesMaandenAanHetWerk: r.zes_werk,
    twaalfMaandenBereikt: r.twaalf_bereikt,
    twaalfMaandenGemeten: r.twaalf_gemeten,
    twaalfMaandenAanHetWerk: r.twaalf_werk,
    percentageZesMaanden: pct(r.zes_werk, r.zes_gemeten),
    percentageTwaalfMaanden: pct(r.twaalf_werk, r.twaalf_gemeten),
  };
}
