import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The aanbodskrant (editions of anonymised available candidates, their recipients and the interest that came
 * back through the signed links) and functiecreatie (kansen: tasks at a werkgever that can be carved into a
 * new job, and the candidates linked to them).
 *
 * - `aanbodskrant_editie.kaarten` is the snapshot of the anonymised cards taken when the edition is sent, so
 *   the mail, the PDF and every later read show what the werkgevers received. The PDF is rendered once by
 *   the fan-out job.
 * - `aanbodskrant_ontvanger`: one row per (edition, contactpersoon) the fan-out queued a mail for; the
 *   primary key makes a re-run of the fan-out skip whoever already has one.
 * - `aanbodskrant_interesse`: one row per (edition, candidate, contactpersoon): a second click changes nothing.
 */
export class AanbodskrantFunctiecreatie1764000006000 implements MigrationInterface {
  name = 'AanbodskrantFunctiecreatie1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE aanbodskrant_editie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      titel text NOT NULL CHECK (char_length(titel) BETWEEN 1 AND 200),
      intro text NOT NULL DEFAULT '' CHECK (char_length(intro) <= 5000),
      publicatiedatum date NOT NULL,
      status text NOT NULL DEFAULT 'CONCEPT' CHECK (status IN ('CONCEPT','VERZONDEN')),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      verzonden_door uuid REFERENCES app_user(id),
      verzonden_op timestamptz,
      kaarten jsonb CHECK (kaarten IS NULL OR jsonb_typeof(kaarten) = 'array'),
      ontvangers_totaal integer CHECK (ontvangers_totaal >= 0),
      ingepland integer NOT NULL DEFAULT 0 CHECK (ingepland >= 0),
      pdf bytea,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT aanbodskrant_editie_tenant_id UNIQUE (tenant_id, id),
      CONSTRAINT aanbodskrant_editie_verzonden CHECK ((status = 'VERZONDEN') = (verzonden_op IS NOT NULL AND kaarten IS NOT NULL)))`);
    await q.query(`CREATE INDEX aanbodskrant_editie_tenant ON aanbodskrant_editie (tenant_id, created_at DESC, id)`);

    await q.query(`CREATE TABLE aanbodskrant_kandidaat (
      editie_id uuid NOT NULL,
      tenant_id uuid NOT NULL,
      kandidaat_id uuid NOT NULL,
      positie smallint NOT NULL CHECK (positie >= 0),
      PRIMARY KEY (editie_id, kandidaat_id),
      CONSTRAINT aanbodskrant_kandidaat_positie UNIQUE (editie_id, positie),
      FOREIGN KEY (tenant_id, editie_id) REFERENCES aanbodskrant_editie (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id))`);
    await q.query(`CREATE INDEX aanbodskrant_kandidaat_kandidaat ON aanbodskrant_kandidaat (tenant_id, kandidaat_id)`);

    await q.query(`CREATE TABLE aanbodskrant_ontvanger (
      editie_id uuid NOT NULL,
      contactpersoon_id uuid NOT NULL REFERENCES contactpersoon(id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      ingepland_op timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (editie_id, contactpersoon_id),
      FOREIGN KEY (tenant_id, editie_id) REFERENCES aanbodskrant_editie (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE aanbodskrant_interesse (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      editie_id uuid NOT NULL,
      kandidaat_id uuid NOT NULL,
      contactpersoon_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      voorstel_id uuid REFERENCES voorstel(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT aanbodskrant_interesse_eenmaal UNIQUE (editie_id, kandidaat_id, contactpersoon_id),
      FOREIGN KEY (editie_id, kandidaat_id) REFERENCES aanbodskrant_kandidaat (editie_id, kandidaat_id) ON DELETE CASCADE,
      FOREIGN KEY (editie_id, contactpersoon_id) REFERENCES aanbodskrant_ontvanger (editie_id, contactpersoon_id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX aanbodskrant_interesse_editie ON aanbodskrant_interesse (tenant_id, editie_id)`);

    await q.query(`CREATE TABLE functiecreatie_kans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      vestiging_id uuid NOT NULL,
      titel text NOT NULL CHECK (char_length(titel) BETWEEN 1 AND 200),
      omschrijving text NOT NULL DEFAULT '' CHECK (char_length(omschrijving) <= 5000),
      afdeling text NOT NULL DEFAULT '' CHECK (char_length(afdeling) <= 200),
      beroep text CHECK (char_length(beroep) <= 200),
      vaardigheden text[] NOT NULL DEFAULT '{}',
      taken jsonb NOT NULL CHECK (jsonb_typeof(taken) = 'array' AND jsonb_array_length(taken) BETWEEN 1 AND 20),
      uren_min smallint NOT NULL,
      uren_max smallint NOT NULL,
      status text NOT NULL DEFAULT 'VERKEND' CHECK (status IN ('VERKEND','UITGEWERKT','GEREALISEERD','VERVALLEN')),
      status_sinds timestamptz NOT NULL DEFAULT now(),
      gevonden_door uuid NOT NULL REFERENCES app_user(id),
      vacature_id uuid UNIQUE REFERENCES vacature(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT functiecreatie_kans_uren CHECK (uren_min BETWEEN 1 AND 40 AND uren_max BETWEEN 1 AND 40 AND uren_min <= uren_max),
      CONSTRAINT functiecreatie_kans_vacature CHECK (vacature_id IS NULL OR status = 'GEREALISEERD'),
      CONSTRAINT functiecreatie_kans_tenant_id UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id),
      FOREIGN KEY (werkgever_id, vestiging_id) REFERENCES vestiging (werkgever_id, id))`);
    await q.query(`CREATE INDEX functiecreatie_kans_tenant ON functiecreatie_kans (tenant_id, status, updated_at DESC, id)`);
    await q.query(`CREATE INDEX functiecreatie_kans_werkgever ON functiecreatie_kans (werkgever_id)`);

    await q.query(`CREATE TABLE functiecreatie_koppeling (
      kans_id uuid NOT NULL,
      kandidaat_id uuid NOT NULL,
      tenant_id uuid NOT NULL,
      voorstel_id uuid NOT NULL REFERENCES voorstel(id),
      gekoppeld_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (kans_id, kandidaat_id),
      FOREIGN KEY (tenant_id, kans_id) REFERENCES functiecreatie_kans (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['functiecreatie_koppeling', 'functiecreatie_kans', 'aanbodskrant_interesse', 'aanbodskrant_ontvanger', 'aanbodskrant_kandidaat', 'aanbodskrant_editie']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
