import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching weights per tenant, voorstellen (a candidate pushed to a werkgever, with or without a vacature)
 * with their pipeline history, and the indexes that let matching narrow in SQL (bounding boxes on the
 * coordinate columns of available candidates and of vestigingen).
 */
export class MatchingVoorstellen1764000005000 implements MigrationInterface {
  name = 'MatchingVoorstellen1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE match_config (
      tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
      weights jsonb NOT NULL CHECK (jsonb_typeof(weights) = 'object'),
      updated_by uuid NOT NULL REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE voorstel (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      kandidaat_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      vacature_id uuid REFERENCES vacature(id),
      bron text NOT NULL CHECK (bron IN ('ACCOUNTMANAGER','JOBHUNTER','AANBODSKRANT','SPEEDDATE','FUNCTIECREATIE')),
      notitie text NOT NULL DEFAULT '' CHECK (char_length(notitie) <= 2000),
      status text NOT NULL DEFAULT 'VOORGESTELD'
        CHECK (status IN ('VOORGESTELD','BEKEKEN','INTERESSE','KENNISMAKING','PROEFPLAATSING','GEPLAATST','AFGEWEZEN','INGETROKKEN')),
      status_sinds timestamptz NOT NULL DEFAULT now(),
      voorgesteld_door uuid REFERENCES app_user(id),
      accountmanager_id uuid REFERENCES app_user(id),
      bekeken_op timestamptz,
      reactie text CHECK (reactie IN ('INTERESSE','MEER_INFORMATIE','GEEN_INTERESSE')),
      reactie_reden text CHECK (reactie_reden IN ('TE_VER_WEG','UREN_PASSEN_NIET','GEEN_PLEK','TAALNIVEAU','VAARDIGHEDEN','ANDERS')),
      reactie_toelichting text CHECK (char_length(reactie_toelichting) <= 2000),
      gereageerd_op timestamptz,
      gereageerd_door uuid REFERENCES app_user(id),
      plaatsing_id uuid REFERENCES plaatsing(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT voorstel_reactie CHECK ((reactie IS NULL) = (gereageerd_op IS NULL)),
      CONSTRAINT voorstel_geen_interesse_reden CHECK (reactie IS DISTINCT FROM 'GEEN_INTERESSE' OR reactie_reden IS NOT NULL),
      CONSTRAINT voorstel_geplaatst CHECK ((status = 'GEPLAATST') = (plaatsing_id IS NOT NULL)),
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);
    // One open voorstel per candidate and werkgever (the service answers CONFLICT first; this is the backstop).
    await q.query(`CREATE UNIQUE INDEX voorstel_open_per_werkgever ON voorstel (kandidaat_id, werkgever_id)
      WHERE status NOT IN ('GEPLAATST','AFGEWEZEN','INGETROKKEN')`);
    await q.query(`CREATE INDEX voorstel_werkgever_inbox ON voorstel (werkgever_id, status, created_at DESC, id)`);
    await q.query(`CREATE INDEX voorstel_pipeline ON voorstel (tenant_id, accountmanager_id, status)`);
    await q.query(`CREATE INDEX voorstel_kandidaat ON voorstel (kandidaat_id)`);
    await q.query(
      `CREATE INDEX voorstel_werkgever_reactie ON voorstel (tenant_id, werkgever_id) WHERE reactie_reden IS NOT NULL`,
    );

    await q.query(`CREATE TABLE voorstel_overgang (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      voorstel_id uuid NOT NULL REFERENCES voorstel(id) ON DELETE CASCADE,
      van text,
      naar text NOT NULL,
      door_user_id uuid REFERENCES app_user(id),
      toelichting text CHECK (char_length(toelichting) <= 2000),
      op timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await q.query(`CREATE INDEX voorstel_overgang_voorstel ON voorstel_overgang (voorstel_id, op)`);

    // Matching narrows on bounding boxes before it scores.
    await q.query(
      `CREATE INDEX kandidaat_beschikbaar_geo ON kandidaat (tenant_id, regio_lat, regio_lon) WHERE status = 'BESCHIKBAAR'`,
    );
    // The box around a vacature is as wide as the largest reisbereidheid of an available candidate: one index lookup.
    await q.query(
      `CREATE INDEX kandidaat_beschikbaar_reis ON kandidaat (tenant_id, reisbereidheid_km DESC) WHERE status = 'BESCHIKBAAR'`,
    );
    await q.query(`CREATE INDEX vestiging_geo ON vestiging (tenant_id, lat, lon)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS vestiging_geo`);
    await q.query(`DROP INDEX IF EXISTS kandidaat_beschikbaar_reis`);
    await q.query(`DROP INDEX IF EXISTS kandidaat_beschikbaar_geo`);
    for (const table of ['voorstel_overgang', 'voorstel', 'match_config']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
