import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@matchpunt/common';
import { Dec, loonkostensubsidie, type ParameterSet } from '@matchpunt/domain';
import { euroNl, isUuid, ParameterService } from '@matchpunt/parameters';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LksIndicatie } from '../offerte.types';

interface LksGegevens {
  id: string;
  lks_mogelijk: boolean;
  loonwaarde: number | null;
}

/** The estimate uses the loonwaarde rounded to this many percentage points (see `indicatie`). */
export const LOONWAARDE_BAND = 10;
/** …and is reported rounded to this many euros. */
export const AFRONDING_EURO = 10;

/**
 * "LKS ca. € X per maand bij N uur" on the anonymised card. The loonwaarde never leaves this service: the
 * estimate is computed from the loonwaarde rounded to a band of 10 percentage points and then rounded to whole
 * tens of euros. Rounding the amount alone would not hide it — at 24 hours one loonwaarde point is about
 * € 20 a month, more than the rounding step — so the band is what keeps it from being inverted exactly.
 * Adult WML (the card shows no exact age); for candidates under 21 it is an upper bound.
 */
@Injectable()
export class LksKaartService {
  private readonly perRequest = new WeakMap<Actor, { gegevens: DataLoader<string, LksGegevens | null>; set: Promise<ParameterSet | null> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parameters: ParameterService,
  ) {}

  async indicatie(actor: Actor, kandidaatId: string, urenPerWeek: number): Promise<LksIndicatie | null> {
    const { gegevens, set } = this.voor(actor);
    const [rij, params] = await Promise.all([gegevens.load(kandidaatId), set]);
    if (!rij || !rij.lks_mogelijk || rij.loonwaarde === null || !params) return null;
    const band = Math.round(rij.loonwaarde / LOONWAARDE_BAND) * LOONWAARDE_BAND;
    const uitkomst = loonkostensubsidie({ loonwaarde: new Dec(band).dividedBy(100), urenPerWeek }, params);
    const afgerond = new Dec(uitkomst.lksPerMaand).dividedBy(AFRONDING_EURO).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(AFRONDING_EURO).toFixed(0);
    return {
      bedragPerMaand: afgerond,
      urenPerWeek,
      tekst: `LKS ca. ${euroNl(afgerond, 0)} per maand bij ${urenPerWeek} uur`,
      parameterSetId: params.id,
    };
  }

  private voor(actor: Actor) {
    let set = this.perRequest.get(actor);
    if (!set) {
      set = {
        // Reads two columns of the kandidaten tables: kandidaten exposes loonwaarde to staff only, by design.
        gegevens: new DataLoader(async (ids: readonly string[]) => {
          const wanted = ids.filter(isUuid);
          const rows: LksGegevens[] = wanted.length
            ? await this.dataSource.query(
                `SELECT k.id, k.lks_mogelijk, i.loonwaarde FROM kandidaat k LEFT JOIN kandidaat_indicatie i ON i.kandidaat_id = k.id
                 WHERE k.tenant_id = $1 AND k.id = ANY($2::uuid[])`,
                [actor.tenantId, wanted],
              )
            : [];
          return ids.map((id) => rows.find((row) => row.id === id) ?? null);
        }),
        set: this.parameters.voor(actor).catch(() => null),
      };
      this.perRequest.set(actor, set);
    }
    return set;
  }
}
