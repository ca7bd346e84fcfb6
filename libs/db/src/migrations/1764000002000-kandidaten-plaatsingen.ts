import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kandidaten (profile, identity and indications in separate tables), consent per werkgever, and plaatsingen
 * with duurzaamheid checkpoints. Identity lives in `kandidaat_identiteit` so that nothing that reads a
 * profile (cards, search documents, matching) touches it by accident.
 */
export class KandidatenPlaatsingen1764000002000 implements MigrationInterface {
  name = 'KandidatenPlaatsingen1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE kandidaat_code_reeks (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      jaar int NOT NULL,
      laatste int NOT NULL,
      PRIMARY KEY (tenant_id, jaar))`);

    await q.query(`CREATE TABLE kandidaat (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      gemeente_id uuid NOT NULL REFERENCES gemeente(id),
      werkcoach_id uuid NOT NULL REFERENCES app_user(id),
      code text NOT NULL CHECK (code ~ '^K-[0-9]{4}-[0-9]{4,}$'),
      status text NOT NULL DEFAULT 'BESCHIKBAAR'
        CHECK (status IN ('BESCHIKBAAR','IN_TRAJECT','GEPLAATST','NIET_BESCHIKBAAR')),
      beschikbaar_sinds date,
      status_gewijzigd_op timestamptz NOT NULL DEFAULT now(),
      beroepswensen text[] NOT NULL DEFAULT '{}',
      vaardigheden text[] NOT NULL DEFAULT '{}',
      werkervaring text NOT NULL DEFAULT '' CHECK (length(werkervaring) <= 2000),
      opleiding text NOT NULL DEFAULT '' CHECK (length(opleiding) <= 500),
      rijbewijs boolean NOT NULL DEFAULT false,
      vervoer text[] NOT NULL DEFAULT '{}'
        CHECK (vervoer <@ ARRAY['AUTO','FIETS','OV','SCOOTER','GEEN']::text[]),
      reisbereidheid_km int NOT NULL CHECK (reisbereidheid_km BETWEEN 0 AND 200),
      uren_min int NOT NULL CHECK (uren_min BETWEEN 0 AND 60),
      uren_max int NOT NULL CHECK (uren_max BETWEEN 1 AND 60),
      beschikbaar_vanaf date,
      nederlands_niveau text CHECK (nederlands_niveau IN ('A1','A2','B1','B2','C1','C2','MOEDERTAAL')),
      werkfit_status text NOT NULL DEFAULT 'WERKFIT'
        CHECK (werkfit_status IN ('WERKFIT','BIJNA_WERKFIT','NIET_WERKFIT')),
      sector_wensen text[] NOT NULL DEFAULT '{}'
        CHECK (sector_wensen <@ ARRAY['A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P','Q','R','S','T','U']::text[]),
      pitch text NOT NULL DEFAULT '' CHECK (length(pitch) <= 600),
      regio_plaats text NOT NULL,
      regio_lat double precision NOT NULL,
      regio_lon double precision NOT NULL,
      lks_mogelijk boolean NOT NULL DEFAULT false,
      no_riskpolis boolean NOT NULL DEFAULT false,
      proefplaatsing boolean NOT NULL DEFAULT false,
      jobcoach boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT kandidaat_uren CHECK (uren_min <= uren_max),
      CONSTRAINT kandidaat_beschikbaar_sinds CHECK ((status = 'BESCHIKBAAR') = (beschikbaar_sinds IS NOT NULL)),
      UNIQUE (tenant_id, code),
      CONSTRAINT kandidaat_tenant_id UNIQUE (tenant_id, id))`);
    await q.query(`CREATE INDEX kandidaat_tenant_status ON kandidaat (tenant_id, status, beschikbaar_sinds DESC)`);
    await q.query(`CREATE INDEX kandidaat_tenant_werkcoach ON kandidaat (tenant_id, werkcoach_id)`);
    await q.query(`CREATE INDEX kandidaat_tenant_gemeente ON kandidaat (tenant_id, gemeente_id)`);

    await q.query(`CREATE TABLE kandidaat_identiteit (
      kandidaat_id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      voornaam text NOT NULL,
      achternaam text NOT NULL,
      bsn char(9) NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
      geboortedatum date NOT NULL,
      adres text NOT NULL,
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
      woonplaats text NOT NULL,
      telefoon text,
      email text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT kandidaat_identiteit_bsn UNIQUE (tenant_id, bsn),
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id) ON DELETE CASCADE)`);

    await q.query(`CREATE TABLE kandidaat_indicatie (
      kandidaat_id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      doelgroepregister boolean NOT NULL DEFAULT false,
      beschut boolean NOT NULL DEFAULT false,
      loonwaarde int CHECK (loonwaarde BETWEEN 0 AND 100),
      klantprofiel text CHECK (klantprofiel IN ('KP1','KP2','KP3','KP4')),
      doelgroepen text[] NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id) ON DELETE CASCADE)`);

    // Consent per werkgever. Withdrawing closes the row; giving again opens a new one (history is kept).
    await q.query(`CREATE TABLE kandidaat_toestemming (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      kandidaat_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      gegeven_op timestamptz NOT NULL DEFAULT now(),
      gegeven_door uuid NOT NULL REFERENCES app_user(id),
      ingetrokken_op timestamptz,
      ingetrokken_door uuid REFERENCES app_user(id),
      CONSTRAINT toestemming_ingetrokken CHECK ((ingetrokken_op IS NULL) = (ingetrokken_door IS NULL)),
      CONSTRAINT toestemming_volgorde CHECK (ingetrokken_op IS NULL OR ingetrokken_op >= gegeven_op),
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);
    await q.query(`CREATE UNIQUE INDEX kandidaat_toestemming_actief ON kandidaat_toestemming (kandidaat_id, werkgever_id)
      WHERE ingetrokken_op IS NULL`);
    await q.query(`CREATE INDEX kandidaat_toestemming_werkgever ON kandidaat_toestemming (werkgever_id, kandidaat_id)`);

    await q.query(`CREATE TABLE plaatsing (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      gemeente_id uuid NOT NULL REFERENCES gemeente(id),
      kandidaat_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      vacature_id uuid REFERENCES vacature(id),
      type text NOT NULL
        CHECK (type IN ('REGULIER','LKS','DETACHERING','GROEPSPLAATSING','BESCHUT','PROEFPLAATSING')),
      start_datum date NOT NULL,
      eind_datum date,
      uren_per_week int NOT NULL CHECK (uren_per_week BETWEEN 1 AND 60),
      aan_het_werk_6m boolean,
      gemeten_6m_op date,
      aan_het_werk_12m boolean,
      gemeten_12m_op date,
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT plaatsing_eind_na_start CHECK (eind_datum IS NULL OR eind_datum >= start_datum),
      CONSTRAINT plaatsing_6m CHECK ((aan_het_werk_6m IS NULL) = (gemeten_6m_op IS NULL)),
      CONSTRAINT plaatsing_12m CHECK ((aan_het_werk_12m IS NULL) = (gemeten_12m_op IS NULL)),
      FOREIGN KEY (tenant_id, kandidaat_id) REFERENCES kandidaat (tenant_id, id),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);
    await q.query(`CREATE INDEX plaatsing_tenant_gemeente_start ON plaatsing (tenant_id, gemeente_id, start_datum)`);
    await q.query(`CREATE INDEX plaatsing_werkgever ON plaatsing (werkgever_id, start_datum DESC)`);
    await q.query(`CREATE INDEX plaatsing_kandidaat ON plaatsing (kandidaat_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['plaatsing', 'kandidaat_toestemming', 'kandidaat_indicatie', 'kandidaat_identiteit', 'kandidaat', 'kandidaat_code_reeks']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
