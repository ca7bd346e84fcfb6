import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@matchpunt/common';
import { type SroiVoortgang as DomeinVoortgang } from '@matchpunt/domain';
import { escapeHtml, MailService, mailLayout } from '@matchpunt/mail';
import { euroNl, ParameterService, procentNl } from '@matchpunt/parameters';
import { Adressering, WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { SroiStatus } from './sroi.enums';
import { ContractRij, laadInzet, voortgang } from './utils/sroi-berekening';

interface VerplichtingRij extends ContractRij {
  id: string;
  tenant_id: string;
  werkgever_id: string;
  accountmanager_id: string | null;
  contractnaam: string;
  parameter_set_id: string;
  status: SroiStatus | null;
}

export interface HerberekenUitkomst {
  verplichtingen: number;
  gewijzigd: number;
  achterGemeld: number;
  mails: number;
  fouten: number;
}

interface Adressen extends Adressering {
  accountmanager: Map<string, string>;
}

/** Obligations per transaction in the daily run: short locks, few round trips. */
const PER_KEER = 250;

/**
 * Recomputes the stored status of obligations and alerts when one moves to ACHTER: a mail to the owning
 * accountmanager and to the werkgever's contactpersonen, with a dedupe key per obligation, day and address, so a
 * rerun (or a retried job) never mails twice. An obligation that is ACHTER from its first computation is not
 * "falling behind" and is not mailed. Used by every write on an obligation (in its transaction) and by the daily job.
 */
@Injectable()
export class SroiHerberekening {
  private readonly logger = new Logger(SroiHerberekening.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
    private readonly werkgevers: WerkgeverService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Every obligation of every tenant (the daily job), in chunks of PER_KEER, each in its own transaction. */
  async alles(peildatum: string): Promise<HerberekenUitkomst> {
    const totaal: HerberekenUitkomst = { verplichtingen: 0, gewijzigd: 0, achterGemeld: 0, mails: 0, fouten: 0 };
    let na = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids: { id: string }[] = await this.dataSource.query(`SELECT id FROM sroi_verplichting WHERE id > $1 ORDER BY id LIMIT $2`, [na, PER_KEER]);
      if (ids.length === 0) return totaal;
      const uitkomst = await this.dataSource.transaction((m) => this.herbereken(m, ids.map((row) => row.id), peildatum));
      for (const key of Object.keys(totaal) as (keyof HerberekenUitkomst)[]) totaal[key] += uitkomst[key];
      na = ids[ids.length - 1].id;
    }
  }

  /** Recomputes these obligations in the caller's transaction (rows locked in id order). */
  async herbereken(m: EntityManager, ids: readonly string[], peildatum: string): Promise<HerberekenUitkomst> {
    const rows: VerplichtingRij[] = await m.query(
      `SELECT id, tenant_id, werkgever_id, accountmanager_id, contractnaam, contractwaarde::text, sroi_percentage::text,
              start_datum::text, eind_datum::text, parameter_set_id, status
       FROM sroi_verplichting WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    const inzet = await laadInzet(m, rows.map((row) => row.id));
    const uitkomst: HerberekenUitkomst = { verplichtingen: rows.length, gewijzigd: 0, achterGemeld: 0, mails: 0, fouten: 0 };
    const updates: { id: string; status: SroiStatus; gerealiseerd: string; prognose: string }[] = [];
    const meldingen: { v: VerplichtingRij; r: DomeinVoortgang }[] = [];
    for (const v of rows) {
      let r: DomeinVoortgang;
      try {
        r = voortgang(v, inzet.get(v.id) ?? [], await this.parameters.laad(v.tenant_id, v.parameter_set_id, m), peildatum);
      } catch (err) {
        uitkomst.fouten++;
        this.logger.warn(`SROI-verplichting ${v.id} niet te berekenen: ${err}`);
        continue;
      }
      const status = r.status as SroiStatus;
      updates.push({ id: v.id, status, gerealiseerd: r.gerealiseerd, prognose: r.prognose });
      if (status !== v.status) uitkomst.gewijzigd++;
      if (status === SroiStatus.ACHTER && v.status !== null && v.status !== SroiStatus.ACHTER) meldingen.push({ v, r });
    }
    if (updates.length) {
      await m.query(
        `UPDATE sroi_verplichting v SET
           vorige_status = CASE WHEN v.status IS DISTINCT FROM u.status THEN v.status ELSE v.vorige_status END,
           status_sinds = CASE WHEN v.status IS DISTINCT FROM u.status THEN $5::date ELSE v.status_sinds END,
           status = u.status, gerealiseerd = u.gerealiseerd, prognose = u.prognose, status_peildatum = $5::date, status_berekend_op = now()
         FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::numeric[]) AS u(id, status, gerealiseerd, prognose)
         WHERE v.id = u.id`,
        [updates.map((u) => u.id), updates.map((u) => u.status), updates.map((u) => u.gerealiseerd), updates.map((u) => u.prognose), peildatum],
      );
    }
    if (meldingen.length) {
      const adressen = await this.adressen(m, meldingen.map(({ v }) => v));
      for (const { v, r } of meldingen) {
        uitkomst.achterGemeld++;
        uitkomst.mails += await this.meldAchter(m, v, r, peildatum, adressen);
      }
    }
    return uitkomst;
  }

  /** Names and addresses for the alerts of one chunk, in three queries (two of them by the werkgevers feature). */
  private async adressen(m: EntityManager, rows: VerplichtingRij[]): Promise<Adressen> {
    const werkgevers = await this.werkgevers.adressering([...new Set(rows.map((v) => v.werkgever_id))], m);
    const amIds = [...new Set(rows.map((v) => v.accountmanager_id).filter((id): id is string => id !== null))];
    const accountmanagers: { id: string; email: string }[] = await m.query(`SELECT id, email FROM app_user WHERE id = ANY($1::uuid[])`, [amIds]);
    return { ...werkgevers, accountmanager: new Map(accountmanagers.map((a) => [a.id, a.email])) };
  }

  private async meldAchter(m: EntityManager, v: VerplichtingRij, r: DomeinVoortgang, peildatum: string, adressen: Adressen): Promise<number> {
    const am = v.accountmanager_id ? adressen.accountmanager.get(v.accountmanager_id) : undefined;
    const ontvangers: { email: string; soort: 'accountmanager' | 'werkgever' }[] = [
      ...(am ? [{ email: am, soort: 'accountmanager' as const }] : []),
      ...(adressen.emails.get(v.werkgever_id) ?? []).map((email) => ({ email, soort: 'werkgever' as const })),
    ];
    const werkgever = adressen.naam.get(v.werkgever_id) ?? '';
    const link = `${this.config.PUBLIC_URL}/sroi/${v.id}`;
    const cijfers = [
      `Verplichting: ${euroNl(r.verplichting)}`,
      `Gerealiseerd: ${euroNl(r.gerealiseerd)}${r.voortgangPct ? ` (${procentNl(r.voortgangPct)})` : ''}`,
      `Prognose aan het einde van het contract (${v.eind_datum}): ${euroNl(r.prognose)}`,
      `Nog te realiseren: ${euroNl(r.nogTeRealiseren)}`,
    ];
    let verstuurd = 0;
    for (const o of ontvangers) {
      const aanhef =
        o.soort === 'accountmanager'
          ? `De SROI-verplichting "${v.contractnaam}" van ${werkgever} loopt achter: met de huidige inzet wordt de verplichting niet gehaald. Bekijk in Matchpunt welke kandidaten het tekort kunnen dichten.`
          : `De SROI-verplichting uit het contract "${v.contractnaam}" loopt achter: met de huidige inzet wordt de verplichting niet gehaald. Uw accountmanager neemt contact met u op over kandidaten die het tekort kunnen dichten.`;
      const queued = await this.mail.queue(m, {
        tenantId: v.tenant_id,
        dedupeKey: `sroi-achter:${v.id}:${peildatum}:${o.email.toLowerCase()}`,
        to: o.email,
        subject: `SROI loopt achter: ${v.contractnaam}`,
        text: `${aanhef}\n\n${cijfers.join('\n')}\n\n${link}`,
        html: mailLayout('SROI loopt achter', `<p>${escapeHtml(aanhef)}</p><ul>${cijfers.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul><p><a href="${escapeHtml(link)}">Bekijk de verplichting</a></p>`),
      });
      if (queued) verstuurd++;
    }
    return verstuurd;
  }
}
