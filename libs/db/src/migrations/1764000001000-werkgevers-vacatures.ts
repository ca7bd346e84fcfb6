import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Werkgevers (with vestigingen, contactpersonen and contact history) and their vacatures.
 * Composite foreign keys keep every child row in its werkgever's tenant, and a vacature's vestiging at
 * its own werkgever, whatever the code does.
 */
export class WerkgeversVacatures1764000001000 implements MigrationInterface {
  name = 'WerkgeversVacatures1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE werkgever (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      naam text NOT NULL CHECK (char_length(naam) BETWEEN 1 AND 200),
      kvk_nummer text NOT NULL CHECK (kvk_nummer ~ '^[0-9]{8}$'),
      sbi_code text CHECK (sbi_code ~ '^[0-9]{2,5}$'),
      sector char(1) NOT NULL CHECK (sector BETWEEN 'A' AND 'U'),
      grootteklasse text NOT NULL CHECK (grootteklasse IN ('MICRO_1_9','KLEIN_10_49','MIDDEL_50_249','GROOT_250_PLUS')),
      soort text NOT NULL DEFAULT 'WERKGEVER' CHECK (soort IN ('WERKGEVER','UITZENDBUREAU')),
      accountmanager_id uuid REFERENCES app_user(id),
      open_doelgroepen text[] NOT NULL DEFAULT '{}',
      geaccepteerde_instrumenten text[] NOT NULL DEFAULT '{}',
      pso_trede text CHECK (pso_trede IN ('ASPIRANT','TREDE_1','TREDE_2','TREDE_3')),
      pso_geldig_tot date CHECK (pso_geldig_tot IS NULL OR pso_trede IS NOT NULL),
      notities text CHECK (char_length(notities) <= 10000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT werkgever_kvk_per_tenant UNIQUE (tenant_id, kvk_nummer),
      CONSTRAINT werkgever_tenant_id UNIQUE (tenant_id, id))`);
    await q.query(`CREATE INDEX werkgever_tenant_naam ON werkgever (tenant_id, naam, id)`);
    await q.query(`CREATE INDEX werkgever_accountmanager ON werkgever (tenant_id, accountmanager_id)`);

    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_werkgever
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id)`);

    await q.query(`CREATE TABLE vestiging (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      naam text NOT NULL CHECK (char_length(naam) BETWEEN 1 AND 200),
      adres text NOT NULL CHECK (char_length(adres) BETWEEN 1 AND 200),
      postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}( [A-Z]{2})?$'),
      plaats text NOT NULL,
      lat double precision NOT NULL,
      lon double precision NOT NULL,
      gemeente_id uuid REFERENCES gemeente(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE,
      CONSTRAINT vestiging_werkgever_id UNIQUE (werkgever_id, id))`);

    await q.query(`CREATE TABLE contactpersoon (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      naam text NOT NULL CHECK (char_length(naam) BETWEEN 1 AND 200),
      functie text CHECK (char_length(functie) <= 200),
      email text CHECK (char_length(email) <= 254),
      telefoon text CHECK (char_length(telefoon) <= 30),
      ontvangt_aanbodskrant boolean NOT NULL DEFAULT false,
      afgemeld_op timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE,
      CONSTRAINT aanbodskrant_needs_email CHECK (NOT ontvangt_aanbodskrant OR email IS NOT NULL))`);
    await q.query(`CREATE INDEX contactpersoon_werkgever ON contactpersoon (werkgever_id)`);
    await q.query(`CREATE INDEX contactpersoon_aanbodskrant ON contactpersoon (tenant_id) WHERE ontvangt_aanbodskrant`);

    await q.query(`CREATE TABLE werkgever_contactmoment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      contactpersoon_id uuid REFERENCES contactpersoon(id) ON DELETE SET NULL,
      soort text NOT NULL CHECK (soort IN ('GESPREK','BEZOEK','EMAIL','TELEFOON')),
      datum timestamptz NOT NULL,
      onderwerp text NOT NULL CHECK (char_length(onderwerp) BETWEEN 1 AND 200),
      verslag text NOT NULL DEFAULT '' CHECK (char_length(verslag) <= 10000),
      door_user_id uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id) ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX werkgever_contactmoment_werkgever ON werkgever_contactmoment (werkgever_id, datum DESC)`);

    await q.query(`CREATE TABLE vacature (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      vestiging_id uuid,
      titel text NOT NULL CHECK (char_length(titel) BETWEEN 1 AND 200),
      omschrijving text NOT NULL DEFAULT '' CHECK (char_length(omschrijving) <= 10000),
      taken text NOT NULL DEFAULT '' CHECK (char_length(taken) <= 5000),
      vereiste_vaardigheden text[] NOT NULL DEFAULT '{}',
      gewenste_vaardigheden text[] NOT NULL DEFAULT '{}',
      beroep text CHECK (char_length(beroep) <= 200),
      uren_min smallint NOT NULL,
      uren_max smallint NOT NULL,
      contractvorm text NOT NULL CHECK (contractvorm IN ('VAST','TIJDELIJK','UITZENDBASIS','OPROEP','DETACHERING','LEERWERKTRAJECT','STAGE')),
      startdatum date,
      rijbewijs_vereist boolean NOT NULL DEFAULT false,
      vervoer_nodig boolean NOT NULL DEFAULT false,
      nederlands_niveau text CHECK (nederlands_niveau IN ('A1','A2','B1','B2','C1','C2')),
      doelgroepen text[] NOT NULL DEFAULT '{}',
      instrumenten text[] NOT NULL DEFAULT '{}',
      functiecreatie boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'CONCEPT' CHECK (status IN ('CONCEPT','OPEN','VERVULD','GESLOTEN')),
      geplaatst_door_user_id uuid REFERENCES app_user(id),
      gepubliceerd_op timestamptz,
      afgesloten_op timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT vacature_uren CHECK (uren_min BETWEEN 1 AND 40 AND uren_max BETWEEN 1 AND 40 AND uren_min <= uren_max),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id),
      FOREIGN KEY (werkgever_id, vestiging_id) REFERENCES vestiging (werkgever_id, id))`);
    await q.query(`CREATE INDEX vacature_tenant_status ON vacature (tenant_id, status, created_at DESC, id)`);
    await q.query(`CREATE INDEX vacature_werkgever ON vacature (werkgever_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT IF EXISTS app_user_werkgever`);
    for (const table of ['vacature', 'werkgever_contactmoment', 'contactpersoon', 'vestiging', 'werkgever']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
