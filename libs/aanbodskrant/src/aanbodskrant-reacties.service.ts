import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppError, JobOutbox, Rol } from '@matchpunt/common';
import { MailService } from '@matchpunt/mail';
import { VoorstelBron, VoorstelService } from '@matchpunt/voorstellen';
import { ContactpersoonService, WerkgeverService } from '@matchpunt/werkgevers';
import { DataSource, EntityManager } from 'typeorm';
import { AanbodskrantLinks } from './aanbodskrant-links.service';
import { AanbodskrantLinkDoel, aanbodskrantMailKey } from './aanbodskrant.enums';
import { AanbodskrantLinkInhoud, AfmeldBevestiging, InteresseBevestiging } from './aanbodskrant.types';
import { AanbodKaart } from './render/aanbod-kaart';

interface Ontvangst {
  tenant_id: string;
  werkgever_id: string;
  titel: string;
  verzonden_door: string;
  kaarten: { kandidaatId: string; code: string }[];
}

const WEG = 'Deze link hoort bij een aanbodskrant, kandidaat of contactpersoon die niet meer bestaat. Neem contact op met uw accountmanager.';

/**
 * What werkgevers do with the links in the mail, without logging in: show interest in a candidate (recorded
 * once per edition, candidate and contactpersoon, and followed up as a voorstel for the accountmanager) and
 * unsubscribe. The signed token is the only credential; the tenant comes from the edition it names.
 */
@Injectable()
export class AanbodskrantReacties {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: AanbodskrantLinks,
    private readonly werkgevers: WerkgeverService,
    private readonly contactpersonen: ContactpersoonService,
    private readonly voorstellen: VoorstelService,
    private readonly mail: MailService,
    private readonly outbox: JobOutbox,
  ) {}

  /** What the link is about (edition, werkgever, contact and for interest the card), before the click is confirmed. */
  async bekijk(token: string, doel: AanbodskrantLinkDoel): Promise<AanbodskrantLinkInhoud> {
    const link = this.links.controleer(token, doel);
    const [row]: {
      titel: string;
      kaarten: AanbodKaart[];
      werkgever: string;
      contact: string;
      email: string | null;
      afgemeld: boolean;
      interesse: boolean;
    }[] = await this.dataSource.query(
      `SELECT e.titel, e.kaarten, w.naam AS werkgever, c.naam AS contact, c.email,
              (c.afgemeld_op IS NOT NULL OR NOT c.ontvangt_aanbodskrant) AS afgemeld,
              EXISTS (SELECT 1 FROM aanbodskrant_interesse i
                      WHERE i.editie_id = o.editie_id AND i.contactpersoon_id = o.contactpersoon_id AND i.kandidaat_id = $3) AS interesse
       FROM aanbodskrant_ontvanger o
       JOIN aanbodskrant_editie e ON e.id = o.editie_id AND e.tenant_id = o.tenant_id
       JOIN werkgever w ON w.id = o.werkgever_id AND w.tenant_id = o.tenant_id
       JOIN contactpersoon c ON c.id = o.contactpersoon_id AND c.tenant_id = o.tenant_id
       WHERE o.editie_id = $1 AND o.contactpersoon_id = $2 AND e.status = 'VERZONDEN'`,
      [link.editieId, link.contactpersoonId, link.kandidaatId],
    );
    const kaart = row?.kaarten?.find((k) => k.kandidaatId === link.kandidaatId) ?? null;
    if (!row || (doel === AanbodskrantLinkDoel.INTERESSE && !kaart)) throw AppError.badInput(WEG, 'token');
    return {
      doel,
      editieTitel: row.titel,
      werkgeverNaam: row.werkgever,
      contactpersoonNaam: row.contact,
      email: row.email,
      kaart,
      geldigTot: link.verlooptOp,
      alGedaan: doel === AanbodskrantLinkDoel.INTERESSE ? row.interesse : row.afgemeld,
    };
  }

  async toonInteresse(token: string): Promise<InteresseBevestiging> {
    const link = this.links.controleer(token, 'INTERESSE');
    const kandidaatId = link.kandidaatId!;
    const bevestiging = await this.dataSource.transaction(async (manager) => {
      const ontvangst = await this.ontvangst(manager, link.editieId, link.contactpersoonId);
      const kaart = ontvangst.kaarten.find((k) => k.kandidaatId === kandidaatId);
      if (!kaart) throw AppError.badInput(WEG, 'token');
      const [nieuw]: { id: string }[] = await manager.query(
        `INSERT INTO aanbodskrant_interesse (tenant_id, editie_id, kandidaat_id, contactpersoon_id, werkgever_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (editie_id, kandidaat_id, contactpersoon_id) DO NOTHING RETURNING id`,
        [ontvangst.tenant_id, link.editieId, kandidaatId, link.contactpersoonId, ontvangst.werkgever_id],
      );
      if (!nieuw) {
        const [eerder]: { voorstel_id: string | null }[] = await manager.query(
          `SELECT voorstel_id FROM aanbodskrant_interesse WHERE editie_id = $1 AND kandidaat_id = $2 AND contactpersoon_id = $3`,
          [link.editieId, kandidaatId, link.contactpersoonId],
        );
        return {
          kandidaatCode: kaart.code,
          nieuw: false,
          voorstelId: eerder?.voorstel_id ?? null,
          bericht: `Uw interesse in ${kaart.code} hadden wij al ontvangen. Uw accountmanager neemt contact met u op.`,
        };
      }
      const voorstelId = await this.maakVoorstel(manager, ontvangst, link.contactpersoonId, kandidaatId, kaart.code);
      await manager.query(`UPDATE aanbodskrant_interesse SET voorstel_id = $2 WHERE id = $1`, [nieuw.id, voorstelId]);
      return {
        kandidaatCode: kaart.code,
        nieuw: true,
        voorstelId,
        bericht: `Bedankt! Wij hebben uw interesse in ${kaart.code} doorgegeven aan uw accountmanager, die binnenkort contact met u opneemt.`,
      };
    });
    this.outbox.flushSoon();
    return bevestiging;
  }

  async meldAf(token: string): Promise<AfmeldBevestiging> {
    const link = this.links.controleer(token, 'AFMELDEN');
    const afgemeld = await this.dataSource.transaction(async (manager) => {
      const ontvangst = await this.ontvangst(manager, link.editieId, link.contactpersoonId);
      const gewijzigd = await this.contactpersonen.meldAfVoorAanbodskrant(ontvangst.tenant_id, link.contactpersoonId, manager);
      // A mail of this edition that is still waiting is not sent any more.
      await this.mail.cancel(manager, aanbodskrantMailKey(link.editieId, link.contactpersoonId));
      return gewijzigd;
    });
    return {
      afgemeld: true,
      bericht: afgemeld ? 'U bent afgemeld voor de aanbodskrant. U ontvangt hem niet meer.' : 'U was al afgemeld voor de aanbodskrant.',
    };
  }

  /** The edition as this contactpersoon received it; the row is locked against a concurrent click. */
  private async ontvangst(manager: EntityManager, editieId: string, contactpersoonId: string): Promise<Ontvangst> {
    const [row]: Ontvangst[] = await manager.query(
      `SELECT e.tenant_id, o.werkgever_id, e.titel, e.verzonden_door, e.kaarten
       FROM aanbodskrant_ontvanger o JOIN aanbodskrant_editie e ON e.id = o.editie_id AND e.tenant_id = o.tenant_id
       WHERE o.editie_id = $1 AND o.contactpersoon_id = $2 AND e.status = 'VERZONDEN' FOR UPDATE OF o`,
      [editieId, contactpersoonId],
    );
    if (!row) throw AppError.badInput(WEG, 'token');
    return row;
  }

  /**
   * A voorstel (bron AANBODSKRANT) for the werkgever's accountmanager (or whoever sent the edition) to follow up.
   * When the candidate already has an open voorstel at this werkgever, that one covers the interest (null).
   */
  private async maakVoorstel(manager: EntityManager, o: Ontvangst, contactpersoonId: string, kandidaatId: string, code: string): Promise<string | null> {
    const systeem: Actor = { userId: o.verzonden_door, tenantId: o.tenant_id, rol: Rol.ACCOUNTMANAGER, werkgeverId: null };
    const werkgever = await this.werkgevers.getForActor(systeem, o.werkgever_id, manager);
    const contact = (await this.werkgevers.contactpersonenVan(systeem, [werkgever.id])).find((c) => c.id === contactpersoonId);
    const accountmanager: Actor = { ...systeem, userId: werkgever.accountmanagerId ?? o.verzonden_door };
    try {
      const voorstel = await this.voorstellen.maakVoorstel(manager, accountmanager, {
        kandidaatId,
        werkgeverId: werkgever.id,
        notitie: `Interesse via de aanbodskrant "${o.titel}" van ${contact?.naam ?? 'een contactpersoon'} (${werkgever.naam}).`.slice(0, 2000),
        bron: VoorstelBron.AANBODSKRANT,
        accountmanagerId: accountmanager.userId,
      });
      return voorstel.id;
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') return null;
      if (err instanceof AppError && err.code === 'BAD_USER_INPUT' && err.field === 'kandidaatId') {
        throw AppError.badInput(`Kandidaat ${code} is niet meer beschikbaar. Uw accountmanager denkt graag met u mee over andere kandidaten.`, 'token');
      }
      throw err;
    }
  }
}
