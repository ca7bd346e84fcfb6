import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, AppError, isStaff, JobOutbox, Rol } from '@matchpunt/common';
import { escapeHtml, MailService, mailLayout } from '@matchpunt/mail';
import { getalTussen, tekst } from '@matchpunt/parameters';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource } from 'typeorm';
import { CalculatieAanvraag } from './calculatie-aanvraag.entity';
import { CalculatieAanvraagInput } from './dto/calculatie.input';
import { AanvraagStatus } from './offerte.enums';

/** A WERKGEVER asks for a calculatie; its accountmanager gets a mail and answers with an offerte. */
@Injectable()
export class CalculatieAanvraagService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly werkgevers: WerkgeverService,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
    private readonly config: AppConfig,
  ) {}

  async vraagAan(actor: Actor, input: CalculatieAanvraagInput): Promise<CalculatieAanvraag> {
    const werkgever = await this.werkgevers.mijnWerkgever(actor);
    const toelichting = tekst(input.toelichting, 'toelichting', 4000, true);
    if (input.aantalMedewerkers != null && (!Number.isInteger(input.aantalMedewerkers) || input.aantalMedewerkers < 1 || input.aantalMedewerkers > 1000)) {
      throw AppError.badInput('aantalMedewerkers: moet een geheel getal van 1 tot 1000 zijn.', 'aantalMedewerkers');
    }
    const urenPerWeek = input.urenPerWeek == null ? null : getalTussen(input.urenPerWeek, 'urenPerWeek', 0, 60, false);
    const aanvraag = await this.dataSource.transaction(async (m) => {
      const saved = await m.save(
        m.create(CalculatieAanvraag, {
          tenantId: actor.tenantId,
          werkgeverId: werkgever.id,
          aangevraagdDoor: actor.userId,
          accountmanagerId: werkgever.accountmanagerId,
          aantalMedewerkers: input.aantalMedewerkers ?? null,
          urenPerWeek,
          toelichting,
          status: AanvraagStatus.OPEN,
        }),
      );
      const [am]: { email: string; naam: string }[] = werkgever.accountmanagerId
        ? await m.query(`SELECT email, naam FROM app_user WHERE id = $1 AND tenant_id = $2`, [werkgever.accountmanagerId, actor.tenantId])
        : [];
      if (am) {
        const link = `${this.config.PUBLIC_URL}/calculaties/aanvragen/${saved.id}`;
        const regels = [
          `${werkgever.naam} vraagt een calculatie voor een groepsplaatsing aan.`,
          saved.aantalMedewerkers ? `Aantal medewerkers: ${saved.aantalMedewerkers}.` : null,
          saved.urenPerWeek ? `Uren per week: ${saved.urenPerWeek}.` : null,
          `Toelichting: ${toelichting}`,
        ].filter((r): r is string => r !== null);
        await this.mail.queue(m, {
          tenantId: actor.tenantId,
          dedupeKey: `calculatie-aanvraag:${saved.id}`,
          to: am.email,
          subject: `Calculatie aangevraagd door ${werkgever.naam}`,
          text: `${regels.join('\n')}\n\n${link}`,
          html: mailLayout('Calculatie aangevraagd', `${regels.map((r) => `<p>${escapeHtml(r)}</p>`).join('')}<p><a href="${escapeHtml(link)}">Bekijk de aanvraag</a></p>`),
        });
      }
      return saved;
    });
    this.outbox.flushSoon();
    return aanvraag;
  }

  /** Requests (staff: the tenant's, optionally only the caller's werkgevers; a WERKGEVER: its own). */
  lijst(actor: Actor, opts: { alleenOpen?: boolean; mijnWerkgevers?: boolean }): Promise<CalculatieAanvraag[]> {
    const qb = this.dataSource.manager.createQueryBuilder(CalculatieAanvraag, 'a').where('a.tenant_id = :tenantId', { tenantId: actor.tenantId });
    if (actor.rol === Rol.WERKGEVER) qb.andWhere('a.werkgever_id = :werkgeverId', { werkgeverId: actor.werkgeverId });
    else if (!isStaff(actor)) throw AppError.forbidden();
    if (opts.alleenOpen) qb.andWhere(`a.status = 'OPEN'`);
    if (opts.mijnWerkgevers && isStaff(actor)) qb.andWhere('a.accountmanager_id = :me', { me: actor.userId });
    return qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'ASC').limit(200).getMany();
  }
}
