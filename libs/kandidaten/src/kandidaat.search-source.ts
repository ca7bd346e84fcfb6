import { Injectable } from '@nestjs/common';
import { Instrument } from '@matchpunt/common';
import { SearchDocument, TableSearchSource } from '@matchpunt/search';
import { KandidaatStatus } from './kandidaat.enums';

interface Rij {
  id: string;
  tenant_id: string;
  code: string;
  status: KandidaatStatus;
  beroepswensen: string[];
  vaardigheden: string[];
  pitch: string;
  rijbewijs: boolean;
  uren_min: number;
  uren_max: number;
  lks_mogelijk: boolean;
  no_riskpolis: boolean;
  proefplaatsing: boolean;
  jobcoach: boolean;
  regio_lat: number;
  regio_lon: number;
  gemeente: string;
  updated_at: Date;
}

/**
 * Candidates as search documents: only what the anonymised card shows (beroepswensen, skills, pitch, hours,
 * instruments, driving licence, the PC4 centre). Never identity, never indications or doelgroepen: an
 * employer's facet counts and filters must not reveal them. Employers find BESCHIKBAAR candidates only.
 */
@Injectable()
export class KandidaatSearchSource extends TableSearchSource {
  readonly type = 'kandidaat' as const;
  protected readonly table = 'kandidaat';

  protected async documents(ids: string[]): Promise<SearchDocument[]> {
    const rijen: Rij[] = await this.dataSource.query(
      `SELECT k.id, k.tenant_id, k.code, k.status, k.beroepswensen, k.vaardigheden, k.pitch, k.rijbewijs, k.uren_min, k.uren_max,
              k.lks_mogelijk, k.no_riskpolis, k.proefplaatsing, k.jobcoach, k.regio_lat, k.regio_lon, g.naam AS gemeente, k.updated_at
       FROM kandidaat k JOIN gemeente g ON g.id = k.gemeente_id
       WHERE k.id = ANY($1::uuid[])`,
      [ids],
    );
    return rijen.map((rij) => ({
      type: 'kandidaat',
      id: rij.id,
      tenantId: rij.tenant_id,
      werkgeverId: null,
      title: rij.beroepswensen.join(', ') || rij.code,
      text: rij.pitch,
      keywords: [...rij.vaardigheden, ...rij.beroepswensen, rij.code],
      facets: {
        gemeente: rij.gemeente,
        urenMin: rij.uren_min,
        urenMax: rij.uren_max,
        instrumenten: instrumenten(rij),
        rijbewijs: rij.rijbewijs ? 'B' : null,
        status: rij.status,
      },
      geo: { lat: rij.regio_lat, lon: rij.regio_lon },
      visibleToWerkgever: rij.status === KandidaatStatus.BESCHIKBAAR,
      updatedAt: rij.updated_at,
    }));
  }
}

function instrumenten(rij: Rij): Instrument[] {
  return [
    rij.lks_mogelijk && Instrument.LKS,
    rij.no_riskpolis && Instrument.NO_RISKPOLIS,
    rij.proefplaatsing && Instrument.PROEFPLAATSING,
    rij.jobcoach && Instrument.JOBCOACH,
  ].filter((i): i is Instrument => Boolean(i));
}
