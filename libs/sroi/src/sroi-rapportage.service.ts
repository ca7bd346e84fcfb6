import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, isStaff } from '@matchpunt/common';
import { Dec, formatEuro, formatPercentage, vandaag } from '@matchpunt/domain';
import { datum, isUuid, ParameterService, regel } from '@matchpunt/parameters';
import { DataSource } from 'typeorm';
import { SroiStatus } from './sroi.enums';
import { SroiRapportage, SroiRapportageRegel } from './sroi.types';
import { ContractRij, laadInzet, voortgang } from './utils/sroi-berekening';

interface Rij extends ContractRij {
  id: string;
  tenant_id: string;
  werkgever_id: string;
  werkgever: string;
  contractnaam: string;
  parameter_set_id: string;
}

const dagVoor = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * SROI per gemeente and period, for the gemeente's own reporting: every obligation of a contract of that gemeente
 * that ran in the period, with what was realised within the period (realised by its end minus realised by the
 * day before its start) and the status at its end (or today, when the period runs on). Staff only.
 */
@Injectable()
export class SroiRapportageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
  ) {}

  async rapportage(actor: Actor, gemeenteId: string, vanInput: string, totInput: string): Promise<SroiRapportage> {
    if (!isStaff(actor)) throw AppError.forbidden();
    const van = datum(vanInput, 'van');
    const tot = datum(totInput, 'tot');
    if (tot < van) throw AppError.badInput(`tot: ${tot} ligt voor van ${van}.`, 'tot');
    const [gemeente]: { naam: string }[] = isUuid(gemeenteId)
      ? await this.dataSource.query(`SELECT naam FROM gemeente WHERE id = $1 AND tenant_id = $2`, [gemeenteId, actor.tenantId])
      : [];
    if (!gemeente) throw AppError.notFound('Gemeente', gemeenteId);
    const peildatum = tot < vandaag() ? tot : vandaag();
    const rows: Rij[] = await this.dataSource.query(
      `SELECT v.id, v.tenant_id, v.werkgever_id, w.naam AS werkgever, v.contractnaam, v.contractwaarde::text, v.sroi_percentage::text,
              v.start_datum::text, v.eind_datum::text, v.parameter_set_id
       FROM sroi_verplichting v JOIN werkgever w ON w.id = v.werkgever_id
       WHERE v.tenant_id = $1 AND v.gemeente_id = $2 AND v.start_datum <= $4::date AND v.eind_datum >= $3::date
       ORDER BY w.naam, v.contractnaam, v.id`,
      [actor.tenantId, gemeenteId, van, tot],
    );
    const inzet = await laadInzet(this.dataSource.manager, rows.map((r) => r.id));
    const regels: SroiRapportageRegel[] = [];
    for (const v of rows) {
      const set = await this.parameters.laad(actor.tenantId, v.parameter_set_id);
      const lijst = inzet.get(v.id) ?? [];
      const eind = regel(() => voortgang(v, lijst, set, peildatum));
      // Realised before the period: nothing when the contract starts in it; everything so far when it has not begun.
      const beginDatum = dagVoor(van);
      const begin =
        van <= v.start_datum ? '0' : beginDatum >= peildatum ? eind.gerealiseerd : regel(() => voortgang(v, lijst, set, beginDatum)).gerealiseerd;
      regels.push({
        verplichtingId: v.id,
        werkgeverId: v.werkgever_id,
        werkgever: v.werkgever,
        contractnaam: v.contractnaam,
        startDatum: v.start_datum,
        eindDatum: v.eind_datum,
        contractwaarde: formatEuro(new Dec(v.contractwaarde)),
        sroiPercentage: formatPercentage(new Dec(v.sroi_percentage)),
        verplichting: eind.verplichting,
        gerealiseerdInPeriode: formatEuro(new Dec(eind.gerealiseerd).minus(begin)),
        gerealiseerdTotEinde: eind.gerealiseerd,
        voortgangPct: eind.voortgangPct,
        prognose: eind.prognose,
        status: eind.status as SroiStatus,
        parameterSetId: eind.parameterSetId,
      });
    }
    const som = (key: 'verplichting' | 'gerealiseerdInPeriode' | 'gerealiseerdTotEinde' | 'prognose') =>
      formatEuro(regels.reduce((total, r) => total.plus(r[key]), new Dec(0)));
    const tel = (status: SroiStatus) => regels.filter((r) => r.status === status).length;
    return {
      gemeenteId,
      gemeente: gemeente.naam,
      van,
      tot,
      peildatum,
      regels,
      totaal: {
        aantal: regels.length,
        verplichting: som('verplichting'),
        gerealiseerdInPeriode: som('gerealiseerdInPeriode'),
        gerealiseerdTotEinde: som('gerealiseerdTotEinde'),
        prognose: som('prognose'),
        achter: tel(SroiStatus.ACHTER),
        opSchema: tel(SroiStatus.OP_SCHEMA),
        gerealiseerd: tel(SroiStatus.GEREALISEERD),
      },
    };
  }

  /**
   * The same report as CSV for spreadsheets used in the Netherlands: `;` between fields, a decimal comma, a header
   * row, CRLF line ends, text fields quoted (and a leading =, +, - or @ neutralised against formula injection).
   */
  async csv(actor: Actor, gemeenteId: string, van: string, tot: string): Promise<string> {
    const r = await this.rapportage(actor, gemeenteId, van, tot);
    const kop = ['gemeente', 'werkgever', 'contract', 'start', 'einde', 'contractwaarde', 'sroi_percentage', 'verplichting',
      'gerealiseerd_in_periode', 'gerealiseerd_tot_einde_periode', 'voortgang_pct', 'prognose', 'status', 'parameterset'];
    const regels = r.regels.map((g) => [
      tekst(r.gemeente), tekst(g.werkgever), tekst(g.contractnaam), g.startDatum, g.eindDatum, getal(g.contractwaarde), getal(g.sroiPercentage),
      getal(g.verplichting), getal(g.gerealiseerdInPeriode), getal(g.gerealiseerdTotEinde), g.voortgangPct === null ? '' : getal(g.voortgangPct),
      getal(g.prognose), g.status, g.parameterSetId,
    ]);
    const totaal = [tekst(r.gemeente), tekst('TOTAAL'), '', r.van, r.tot, '', '', getal(r.totaal.verplichting), getal(r.totaal.gerealiseerdInPeriode),
      getal(r.totaal.gerealiseerdTotEinde), '', getal(r.totaal.prognose), '', ''];
    return [kop, ...regels, totaal].map((cells) => cells.join(';')).join('\r\n') + '\r\n';
  }
}

const getal = (value: string) => value.replace('.', ',');

function tekst(value: string): string {
  const veilig = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${veilig.replace(/"/g, '""')}"`;
}
