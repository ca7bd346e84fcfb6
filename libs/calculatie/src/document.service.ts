import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@matchpunt/common';
import { ParameterService } from '@matchpunt/parameters';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DocumentRij } from './document.entity';
import { Offerte, OfferteVersie } from './offerte.entity';
import { OfferteService } from './offerte.service';
import { renderOffertePdf } from './pdf/offerte-pdf';
import { OfferteDocument } from './offerte.types';

/** Rendered documents: the PDF of an offerte version, made once by the DOCUMENT job and read through GraphQL. */
@Injectable()
export class DocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offertes: OfferteService,
    private readonly parameters: ParameterService,
  ) {}

  /** The PDF of a version the caller may see; null while the job has not made it yet. */
  async offertePdf(actor: Actor, versieId: string): Promise<OfferteDocument | null> {
    const versie = await this.offertes.getVersie(actor, versieId);
    const row = await this.dataSource.manager.findOneBy(DocumentRij, { soort: 'OFFERTE', onderwerpId: versie.id, tenantId: actor.tenantId });
    return row && {
      bestandsnaam: row.bestandsnaam,
      mimeType: row.mimeType,
      sha256: row.sha256,
      grootte: row.grootte,
      inhoudBase64: row.inhoud.toString('base64'),
      aangemaaktOp: row.createdAt,
    };
  }

  /**
   * Renders the PDF of a version once: a version that already has one is skipped, and two jobs racing insert
   * one row (the unique key on soort + onderwerp). A version that no longer exists is skipped too.
   */
  async renderOfferte(tenantId: string, versieId: string): Promise<'gemaakt' | 'bestond' | 'onbekend'> {
    const m = this.dataSource.manager;
    if (await m.existsBy(DocumentRij, { soort: 'OFFERTE', onderwerpId: versieId })) return 'bestond';
    const versie = await m.findOneBy(OfferteVersie, { id: versieId, tenantId });
    if (!versie) return 'onbekend';
    const offerte = await m.findOneByOrFail(Offerte, { id: versie.offerteId, tenantId });
    const [namen]: { werkgever: string; organisatie: string }[] = await m.query(
      `SELECT w.naam AS werkgever, t.naam AS organisatie FROM werkgever w JOIN tenant t ON t.id = w.tenant_id WHERE w.id = $1 AND w.tenant_id = $2`,
      [offerte.werkgeverId, tenantId],
    );
    const set = await this.parameters.laad(tenantId, versie.parameterSetId);
    const pdf = await renderOffertePdf({
      organisatie: namen.organisatie,
      werkgever: namen.werkgever,
      titel: offerte.titel,
      versie: versie.versie,
      peildatum: versie.peildatum,
      aangemaaktOp: versie.createdAt,
      parameterSet: { id: set.id, naam: set.naam, versie: set.version },
      toelichting: versie.toelichting,
      resultaat: versie.resultaat,
    });
    const rows: { id: string }[] = await m.query(
      `INSERT INTO document (tenant_id, soort, onderwerp_id, bestandsnaam, mime_type, inhoud, sha256, grootte)
       VALUES ($1, 'OFFERTE', $2, $3, 'application/pdf', $4, $5, $6) ON CONFLICT (soort, onderwerp_id) DO NOTHING RETURNING id`,
      [tenantId, versie.id, `offerte-${slug(offerte.titel)}-v${versie.versie}.pdf`, pdf, createHash('sha256').update(pdf).digest('hex'), pdf.length],
    );
    return rows.length > 0 ? 'gemaakt' : 'bestond';
  }
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'offerte';
}
