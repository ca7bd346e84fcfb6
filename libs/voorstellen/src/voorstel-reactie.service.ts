import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, AppError, JobOutbox, Rol } from '@matchpunt/common';
import { KandidaatService } from '@matchpunt/kandidaten';
import { MailService } from '@matchpunt/mail';
import { WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { tekst } from './utils/validatie';
import { reactieMail } from './utils/reactie-mail';
import { VoorstelOvergangen } from './voorstel-overgangen';
import { Voorstel } from './voorstel.entity';
import { ReactieReden, VoorstelReactie, VoorstelStatus } from './voorstel.enums';

export interface ReactieInput {
  reactie: VoorstelReactie;
  reden?: ReactieReden | null;
  toelichting?: string | null;
}

export const TOELICHTING_MAX = 2000;

/** What a werkgever does with a voorstel: open it (BEKEKEN) and react to it, once. */
@Injectable()
export class VoorstelReactieService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly overgangen: VoorstelOvergangen,
    private readonly werkgevers: WerkgeverService,
    private readonly kandidaten: KandidaatService,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
    private readonly config: AppConfig,
  ) {}

  /** The werkgever opens a voorstel: VOORGESTELD becomes BEKEKEN (once; opening again changes nothing). */
  async open(actor: Actor, id: string): Promise<Voorstel> {
    this.alleenWerkgever(actor);
    return this.dataSource.transaction(async (m) => {
      const voorstel = await this.overgangen.vergrendel(m, actor, id);
      return this.markeerBekeken(m, actor, voorstel);
    });
  }

  /**
   * The werkgever's one reaction. INTERESSE moves the voorstel to INTERESSE, GEEN_INTERESSE (with a reden)
   * to AFGEWEZEN, MEER_INFORMATIE leaves it BEKEKEN; the accountmanager gets a mail. A second reaction,
   * or one on a voorstel that has moved on, answers CONFLICT.
   */
  async reageer(actor: Actor, id: string, input: ReactieInput): Promise<Voorstel> {
    this.alleenWerkgever(actor);
    if (!Object.values(VoorstelReactie).includes(input.reactie))
      throw AppError.badInput('reactie: onbekende reactie.', 'reactie');
    if (input.reden != null && !Object.values(ReactieReden).includes(input.reden))
      throw AppError.badInput('reden: onbekende reden.', 'reden');
    if (input.reactie === VoorstelReactie.GEEN_INTERESSE && !input.reden) {
      throw AppError.badInput(
        'Kies een reden als u geen interesse heeft (bijvoorbeeld te ver weg of geen plek).',
        'reden',
      );
    }
    const toelichting = tekst(input.toelichting, 'toelichting', TOELICHTING_MAX);
    if (input.reden === ReactieReden.ANDERS && !toelichting)
      throw AppError.badInput('Licht de reden "anders" kort toe.', 'toelichting');

    const voorstel = await this.dataSource.transaction(async (m) => {
      let v = await this.overgangen.vergrendel(m, actor, id);
      if (v.reactie) {
        throw AppError.conflict(
          `U heeft al op dit voorstel gereageerd (${v.reactie} op ${v.gereageerdOp!.toISOString().slice(0, 10)}).`,
          'reactie',
        );
      }
      if (v.status !== VoorstelStatus.VOORGESTELD && v.status !== VoorstelStatus.BEKEKEN) {
        throw AppError.conflict(`Dit voorstel staat al in fase ${v.status}; reageren kan niet meer.`, 'reactie');
      }
      v = await this.markeerBekeken(m, actor, v);
      v.reactie = input.reactie;
      v.reactieReden = input.reden ?? null;
      v.reactieToelichting = toelichting || null;
      v.gereageerdOp = new Date();
      v.gereageerdDoor = actor.userId;
      v = await m.save(v);
      if (input.reactie === VoorstelReactie.INTERESSE)
        v = await this.overgangen.zet(m, actor, v, VoorstelStatus.INTERESSE, toelichting);
      if (input.reactie === VoorstelReactie.GEEN_INTERESSE)
        v = await this.overgangen.zet(m, actor, v, VoorstelStatus.AFGEWEZEN, toelichting);
      await this.mailAccountmanager(m, actor, v);
      return v;
    });
    this.outbox.flushSoon();
    return voorstel;
  }

  private async markeerBekeken(m: EntityManager, actor: Actor, voorstel: Voorstel): Promise<Voorstel> {
    if (voorstel.status !== VoorstelStatus.VOORGESTELD) return voorstel;
    voorstel.bekekenOp = new Date();
    return this.overgangen.zet(m, actor, voorstel, VoorstelStatus.BEKEKEN);
  }

  private alleenWerkgever(actor: Actor): void {
    if (actor.rol !== Rol.WERKGEVER || !actor.werkgeverId)
      throw AppError.forbidden('Alleen de werkgever zelf reageert op een voorstel.');
  }

  private async mailAccountmanager(m: EntityManager, actor: Actor, voorstel: Voorstel): Promise<void> {
    if (!voorstel.accountmanagerId) return;
    // app_user belongs to auth, which depends on the features; like werkgevers' medewerker loader, read the name here.
    const [am]: { email: string; naam: string }[] = await m.query(
      `SELECT email, naam FROM app_user WHERE id = $1 AND tenant_id = $2 AND rol <> 'WERKGEVER'`,
      [voorstel.accountmanagerId, actor.tenantId],
    );
    if (!am) return;
    const werkgever = await this.werkgevers.getForActor(actor, voorstel.werkgeverId, m);
    const [kaart] = await this.kandidaten.kaarten(actor, [voorstel.kandidaatId], m);
    await this.mail.queue(
      m,
      reactieMail({
        tenantId: actor.tenantId,
        voorstel,
        ontvanger: am,
        werkgeverNaam: werkgever.naam,
        kandidaatCode: kaart.code,
        link: `${this.config.PUBLIC_URL}/voorstellen/${voorstel.id}`,
      }),
    );
  }
}
