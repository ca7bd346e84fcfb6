import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meeting employers (#5): jobdates, speeddates and kennissessies.
 *
 * - `jobdate_boeking_actief`: at most one active (GEBOEKT) booking per slot, whatever the concurrency; the
 *   service books inside a transaction and turns the unique violation into CONFLICT.
 * - Overlapping open slots of one werkgever are refused by the service under a row lock on the werkgever.
 * - `speeddate_gesprek`: one meeting per table per round and per participant per round, and a pair meets once.
 * - `kennissessie_aanmelding`: one live registration per contactpersoon per session; `WACHTLIJST` rows are
 *   promoted in order of `created_at`.
 */
export class Events1764000007000 implements MigrationInterface {
  name = 'Events1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE jobdate_slot (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      start timestamptz NOT NULL,
      eind timestamptz NOT NULL,
      lengte_minuten int NOT NULL CHECK (lengte_minuten BETWEEN 5 AND 240),
      vorm text NOT NULL CHECK (vorm IN ('VIDEO','BEL_MIJ')),
      video_link text CHECK (char_length(video_link) <= 500),
      vacature_ids uuid[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','GEANNULEERD')),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT jobdate_slot_tenant_id UNIQUE (tenant_id, id),
      CONSTRAINT jobdate_slot_eind CHECK (eind > start),
      CONSTRAINT jobdate_slot_video CHECK (vorm <> 'VIDEO' OR video_link IS NOT NULL),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX jobdate_slot_werkgever ON jobdate_slot (tenant_id, werkgever_id, start)`);
    await q.query(`CREATE INDEX jobdate_slot_start ON jobdate_slot (tenant_id, start) WHERE status = 'OPEN'`);

    await q.query(`CREATE TABLE jobdate_boeking (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      slot_id uuid NOT NULL,
      kandidaat_id uuid NOT NULL,
      geboekt_door uuid NOT NULL REFERENCES app_user(id),
      status text NOT NULL DEFAULT 'GEBOEKT' CHECK (status IN ('GEBOEKT','GEANNULEERD','VERPLAATST')),
      verplaatst_naar uuid REFERENCES jobdate_boeking(id),
      reden text CHECK (char_length(reden) <= 500),
      created_at timestamptz NOT NULL DEFAULT now(),
      beeindigd_op timestamptz,
      FOREIGN KEY (tenant_id, slot_id) REFERENCES jobdate_slot (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id))`);
    await q.query(`CREATE UNIQUE INDEX jobdate_boeking_actief ON jobdate_boeking (slot_id) WHERE status = 'GEBOEKT'`);
    await q.query(`CREATE INDEX jobdate_boeking_kandidaat ON jobdate_boeking (tenant_id, kandidaat_id)`);

    await q.query(`CREATE TABLE speeddate_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      naam text NOT NULL CHECK (char_length(naam) BETWEEN 1 AND 200),
      datum date NOT NULL,
      starttijd time NOT NULL,
      locatie text NOT NULL CHECK (char_length(locatie) BETWEEN 1 AND 200),
      adres text NOT NULL CHECK (char_length(adres) BETWEEN 1 AND 200),
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
      plaats text,
      rondes int NOT NULL CHECK (rondes BETWEEN 1 AND 30),
      ronde_minuten int NOT NULL CHECK (ronde_minuten BETWEEN 3 AND 60),
      pauze_minuten int NOT NULL CHECK (pauze_minuten BETWEEN 0 AND 60),
      capaciteit_tafels int NOT NULL CHECK (capaciteit_tafels BETWEEN 1 AND 500),
      min_gesprekken int NOT NULL DEFAULT 0 CHECK (min_gesprekken >= 0),
      inschrijf_deadline timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'CONCEPT' CHECK (status IN ('CONCEPT','OPEN','INGEPLAND','AFGEROND','GEANNULEERD')),
      planning_status text NOT NULL DEFAULT 'GEEN' CHECK (planning_status IN ('GEEN','WACHTRIJ','BEZIG','KLAAR','MISLUKT')),
      planning_voortgang int NOT NULL DEFAULT 0 CHECK (planning_voortgang BETWEEN 0 AND 100),
      planning_versie int NOT NULL DEFAULT 0,
      planning_melding text,
      planning_totaal numeric,
      planning_bovengrens numeric,
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT speeddate_event_tenant_id UNIQUE (tenant_id, id))`);
    await q.query(`CREATE INDEX speeddate_event_datum ON speeddate_event (tenant_id, datum)`);

    await q.query(`CREATE TABLE speeddate_tafel (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      event_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      nummer int NOT NULL CHECK (nummer >= 1),
      vacature_ids uuid[] NOT NULL DEFAULT '{}',
      sectoren text[] NOT NULL DEFAULT '{}',
      voorkeur_kandidaat_ids uuid[] NOT NULL DEFAULT '{}',
      van_ronde int NOT NULL CHECK (van_ronde >= 1),
      tot_ronde int NOT NULL,
      afgemeld boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT speeddate_tafel_rondes CHECK (tot_ronde >= van_ronde),
      CONSTRAINT speeddate_tafel_nummer UNIQUE (event_id, nummer),
      CONSTRAINT speeddate_tafel_tenant_id UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, event_id) REFERENCES speeddate_event (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE speeddate_deelnemer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      event_id uuid NOT NULL,
      kandidaat_id uuid NOT NULL,
      voorkeur_werkgever_ids uuid[] NOT NULL DEFAULT '{}',
      van_ronde int NOT NULL CHECK (van_ronde >= 1),
      tot_ronde int NOT NULL,
      no_show boolean NOT NULL DEFAULT false,
      aangemeld_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT speeddate_deelnemer_rondes CHECK (tot_ronde >= van_ronde),
      CONSTRAINT speeddate_deelnemer_eenmaal UNIQUE (event_id, kandidaat_id),
      CONSTRAINT speeddate_deelnemer_tenant_id UNIQUE (tenant_id, id),
      FOREIGN KEY (tenant_id, event_id) REFERENCES speeddate_event (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id))`);

    await q.query(`CREATE TABLE speeddate_gesprek (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      event_id uuid NOT NULL,
      ronde int NOT NULL CHECK (ronde >= 1),
      tafel_id uuid NOT NULL,
      deelnemer_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      waarde numeric NOT NULL DEFAULT 0,
      vast boolean NOT NULL DEFAULT false,
      uitkomst text CHECK (uitkomst IN ('KLIK','GEEN_KLIK','VERVOLGAFSPRAAK')),
      voorstel_id uuid REFERENCES voorstel(id),
      uitkomst_door uuid REFERENCES app_user(id),
      uitkomst_op timestamptz,
      CONSTRAINT speeddate_gesprek_tafel UNIQUE (event_id, ronde, tafel_id),
      CONSTRAINT speeddate_gesprek_deelnemer UNIQUE (event_id, ronde, deelnemer_id),
      CONSTRAINT speeddate_gesprek_paar UNIQUE (event_id, deelnemer_id, werkgever_id),
      FOREIGN KEY (tenant_id, event_id) REFERENCES speeddate_event (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, tafel_id) REFERENCES speeddate_tafel (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, deelnemer_id) REFERENCES speeddate_deelnemer (tenant_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX speeddate_gesprek_werkgever ON speeddate_gesprek (tenant_id, werkgever_id)`);

    await q.query(`CREATE TABLE kennissessie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      titel text NOT NULL CHECK (char_length(titel) BETWEEN 1 AND 200),
      thema text NOT NULL CHECK (thema IN ('LOONKOSTENSUBSIDIE','SOWIS','BANENAFSPRAAK','NO_RISKPOLIS','JOBCOACHING','SROI','PSO','OVERIG')),
      vorm text NOT NULL CHECK (vorm IN ('FYSIEK','ONLINE')),
      locatie text CHECK (char_length(locatie) <= 300),
      start timestamptz NOT NULL,
      lengte_minuten int NOT NULL CHECK (lengte_minuten BETWEEN 15 AND 480),
      capaciteit int NOT NULL CHECK (capaciteit BETWEEN 1 AND 1000),
      status text NOT NULL DEFAULT 'GEPLAND' CHECK (status IN ('GEPLAND','GEANNULEERD')),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT kennissessie_tenant_id UNIQUE (tenant_id, id))`);
    await q.query(`CREATE INDEX kennissessie_start ON kennissessie (tenant_id, start)`);

    await q.query(`CREATE TABLE kennissessie_aanmelding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      sessie_id uuid NOT NULL,
      contactpersoon_id uuid NOT NULL REFERENCES contactpersoon(id) ON DELETE CASCADE,
      werkgever_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('AANGEMELD','WACHTLIJST','AFGEMELD')),
      created_at timestamptz NOT NULL DEFAULT now(),
      gewijzigd_op timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, sessie_id) REFERENCES kennissessie (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE UNIQUE INDEX kennissessie_aanmelding_live ON kennissessie_aanmelding (sessie_id, contactpersoon_id) WHERE status <> 'AFGEMELD'`);
    await q.query(`CREATE INDEX kennissessie_aanmelding_wachtlijst ON kennissessie_aanmelding (sessie_id, created_at) WHERE status = 'WACHTLIJST'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['kennissessie_aanmelding', 'kennissessie', 'speeddate_gesprek', 'speeddate_deelnemer', 'speeddate_tafel', 'speeddate_event', 'jobdate_boeking', 'jobdate_slot']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
