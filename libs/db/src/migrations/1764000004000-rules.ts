import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The numbers of issue #6: versioned parameter sets, calculaties and offertes (with their PDFs), SROI obligations
 * with their efforts, and the PSO workforce with its computed position.
 *
 * - A parameter set is never changed in place (a trigger refuses UPDATE): a change is a new version, and every
 *   stored result references the set it used, so it can be reproduced exactly.
 * - Money is numeric (never float). Rates are stored as fractions (0.05 = 5 %), as the rules use them.
 * - Composite foreign keys keep every row in its werkgever's tenant.
 */
export class Rules1764000004000 implements MigrationInterface {
  name = 'Rules1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE parameter_set (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      version int NOT NULL CHECK (version >= 1),
      naam text NOT NULL CHECK (char_length(naam) BETWEEN 1 AND 300),
      valid_from date NOT NULL,
      valid_to date,
      body jsonb NOT NULL,
      created_by uuid REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT parameter_set_periode CHECK (valid_to IS NULL OR valid_to >= valid_from),
      CONSTRAINT parameter_set_versie UNIQUE (tenant_id, version))`);
    await q.query(`CREATE FUNCTION parameter_set_onwijzigbaar() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'parameter_set % is onwijzigbaar: maak een nieuwe versie', OLD.id; END $$`);
    await q.query(`CREATE TRIGGER parameter_set_onwijzigbaar BEFORE UPDATE ON parameter_set
      FOR EACH ROW EXECUTE FUNCTION parameter_set_onwijzigbaar()`);

    // ---- calculatietool -------------------------------------------------------------------------------------
    await q.query(`CREATE TABLE calculatie_aanvraag (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      aangevraagd_door uuid NOT NULL REFERENCES app_user(id),
      accountmanager_id uuid REFERENCES app_user(id),
      aantal_medewerkers int CHECK (aantal_medewerkers BETWEEN 1 AND 1000),
      uren_per_week numeric(6,2) CHECK (uren_per_week > 0 AND uren_per_week <= 168),
      toelichting text NOT NULL DEFAULT '' CHECK (char_length(toelichting) <= 4000),
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','AFGEHANDELD')),
      offerte_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);
    await q.query(`CREATE INDEX calculatie_aanvraag_open ON calculatie_aanvraag (tenant_id, status, created_at)`);

    await q.query(`CREATE TABLE offerte (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL,
      titel text NOT NULL CHECK (char_length(titel) BETWEEN 1 AND 200),
      aanvraag_id uuid REFERENCES calculatie_aanvraag(id),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);
    await q.query(`CREATE INDEX offerte_werkgever ON offerte (tenant_id, werkgever_id, created_at DESC)`);
    await q.query(`ALTER TABLE calculatie_aanvraag ADD CONSTRAINT calculatie_aanvraag_offerte FOREIGN KEY (offerte_id) REFERENCES offerte(id)`);

    await q.query(`CREATE TABLE offerte_versie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      offerte_id uuid NOT NULL REFERENCES offerte(id) ON DELETE CASCADE,
      versie int NOT NULL CHECK (versie >= 1),
      status text NOT NULL DEFAULT 'CONCEPT' CHECK (status IN ('CONCEPT','VERSTUURD','GEACCEPTEERD','AFGEWEZEN')),
      peildatum date NOT NULL,
      parameter_set_id uuid NOT NULL REFERENCES parameter_set(id),
      invoer jsonb NOT NULL,
      resultaat jsonb NOT NULL,
      toelichting text NOT NULL DEFAULT '' CHECK (char_length(toelichting) <= 4000),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      verstuurd_op timestamptz,
      beslist_op timestamptz,
      beslist_door uuid REFERENCES app_user(id),
      CONSTRAINT offerte_versie_nummer UNIQUE (offerte_id, versie))`);
    await q.query(`CREATE UNIQUE INDEX offerte_een_acceptatie ON offerte_versie (offerte_id) WHERE status = 'GEACCEPTEERD'`);

    // Rendered documents (PDF bytes), one per subject: rendering twice is a no-op.
    await q.query(`CREATE TABLE document (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      soort text NOT NULL CHECK (soort IN ('OFFERTE')),
      onderwerp_id uuid NOT NULL,
      bestandsnaam text NOT NULL,
      mime_type text NOT NULL,
      inhoud bytea NOT NULL,
      sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      grootte int NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT document_grootte CHECK (grootte = octet_length(inhoud)),
      CONSTRAINT document_per_onderwerp UNIQUE (soort, onderwerp_id))`);

    // ---- SROI -----------------------------------------------------------------------------------------------
    await q.query(`CREATE TABLE sroi_verplichting (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      gemeente_id uuid NOT NULL REFERENCES gemeente(id),
      werkgever_id uuid NOT NULL,
      accountmanager_id uuid REFERENCES app_user(id),
      contractnaam text NOT NULL CHECK (char_length(contractnaam) BETWEEN 1 AND 300),
      contractwaarde numeric(16,2) NOT NULL CHECK (contractwaarde >= 0),
      sroi_percentage numeric(9,8) NOT NULL CHECK (sroi_percentage BETWEEN 0 AND 1),
      start_datum date NOT NULL,
      eind_datum date NOT NULL,
      parameter_set_id uuid NOT NULL REFERENCES parameter_set(id),
      verplichting numeric(16,2) NOT NULL,
      status text CHECK (status IN ('OP_SCHEMA','ACHTER','GEREALISEERD')),
      vorige_status text CHECK (vorige_status IN ('OP_SCHEMA','ACHTER','GEREALISEERD')),
      status_sinds date,
      gerealiseerd numeric(16,2),
      prognose numeric(16,2),
      status_peildatum date,
      status_berekend_op timestamptz,
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sroi_verplichting_periode CHECK (eind_datum >= start_datum),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);
    await q.query(`CREATE INDEX sroi_verplichting_werkgever ON sroi_verplichting (tenant_id, werkgever_id)`);
    await q.query(`CREATE INDEX sroi_verplichting_gemeente ON sroi_verplichting (tenant_id, gemeente_id, start_datum)`);

    await q.query(`CREATE TABLE sroi_inzet (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      verplichting_id uuid NOT NULL REFERENCES sroi_verplichting(id) ON DELETE CASCADE,
      soort text NOT NULL CHECK (soort IN ('PLAATSING','INKOOP','VRIJWILLIGERSWERK')),
      omschrijving text NOT NULL DEFAULT '' CHECK (char_length(omschrijving) <= 300),
      categorie text,
      plaatsing_id uuid REFERENCES plaatsing(id),
      uren_per_week numeric(6,2) CHECK (uren_per_week > 0 AND uren_per_week <= 168),
      start_datum date,
      eind_datum date,
      bonussen text[] NOT NULL DEFAULT '{}',
      datum date,
      factuurbedrag numeric(16,2) CHECK (factuurbedrag >= 0),
      uren numeric(10,2) CHECK (uren >= 0),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT sroi_inzet_periode CHECK (eind_datum IS NULL OR eind_datum >= start_datum),
      CONSTRAINT sroi_inzet_plaatsing CHECK (soort <> 'PLAATSING' OR (categorie IS NOT NULL AND start_datum IS NOT NULL)),
      CONSTRAINT sroi_inzet_inkoop CHECK (soort <> 'INKOOP' OR (datum IS NOT NULL AND factuurbedrag IS NOT NULL)),
      CONSTRAINT sroi_inzet_vrijwilligerswerk CHECK (soort <> 'VRIJWILLIGERSWERK' OR (datum IS NOT NULL AND uren IS NOT NULL)))`);
    await q.query(`CREATE INDEX sroi_inzet_verplichting ON sroi_inzet (verplichting_id)`);
    // A person placed counts for one obligation only.
    await q.query(`CREATE UNIQUE INDEX sroi_inzet_een_plaatsing ON sroi_inzet (plaatsing_id) WHERE plaatsing_id IS NOT NULL`);

    await q.query(`CREATE TABLE sroi_koppeling_afgewezen (
      verplichting_id uuid NOT NULL REFERENCES sroi_verplichting(id) ON DELETE CASCADE,
      plaatsing_id uuid NOT NULL REFERENCES plaatsing(id),
      afgewezen_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (verplichting_id, plaatsing_id))`);

    // ---- PSO ------------------------------------------------------------------------------------------------
    await q.query(`CREATE TABLE pso_personeelsbestand (
      werkgever_id uuid PRIMARY KEY,
      tenant_id uuid NOT NULL,
      totaal_fte numeric(10,2) NOT NULL CHECK (totaal_fte > 0),
      voltijd_uren numeric(6,2) CHECK (voltijd_uren > 0 AND voltijd_uren <= 168),
      checklist jsonb NOT NULL DEFAULT '{}',
      versie int NOT NULL DEFAULT 1,
      gewijzigd_door uuid NOT NULL REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);

    await q.query(`CREATE TABLE pso_medewerker (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL REFERENCES pso_personeelsbestand(werkgever_id) ON DELETE CASCADE,
      omschrijving text NOT NULL CHECK (char_length(omschrijving) BETWEEN 1 AND 200),
      fte numeric(6,2) NOT NULL CHECK (fte > 0),
      uitgangspositie text NOT NULL,
      contract_type text NOT NULL,
      instroom_datum date,
      lks_loopt_tot date,
      plaatsing_id uuid REFERENCES plaatsing(id),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pso_medewerker_lks CHECK (lks_loopt_tot IS NULL OR instroom_datum IS NULL OR lks_loopt_tot >= instroom_datum),
      CONSTRAINT pso_medewerker_plaatsing UNIQUE (werkgever_id, plaatsing_id),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);

    await q.query(`CREATE TABLE pso_inkoop (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL,
      werkgever_id uuid NOT NULL REFERENCES pso_personeelsbestand(werkgever_id) ON DELETE CASCADE,
      leverancier text NOT NULL CHECK (char_length(leverancier) BETWEEN 1 AND 200),
      leverancier_type text NOT NULL CHECK (leverancier_type IN ('PSO_GECERTIFICEERD','SW_BEDRIJF')),
      factuurbedrag numeric(16,2) NOT NULL CHECK (factuurbedrag >= 0),
      leverancier_jaaromzet numeric(16,2) NOT NULL CHECK (leverancier_jaaromzet > 0),
      leverancier_doelgroep_fte numeric(10,2) NOT NULL CHECK (leverancier_doelgroep_fte >= 0),
      aangemaakt_door uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_id, werkgever_id) REFERENCES werkgever (tenant_id, id))`);

    // The latest computed position (by the PSO job), with the input and the set it used.
    await q.query(`CREATE TABLE pso_positie (
      werkgever_id uuid PRIMARY KEY REFERENCES pso_personeelsbestand(werkgever_id) ON DELETE CASCADE,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      peildatum date NOT NULL,
      parameter_set_id uuid REFERENCES parameter_set(id),
      invoer jsonb,
      resultaat jsonb,
      fout text,
      score_pct numeric(7,2),
      trede text CHECK (trede IN ('ASPIRANT','TREDE_1','TREDE_2','TREDE_3')),
      bron_versie int NOT NULL,
      berekend_op timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pso_positie_uitkomst CHECK ((resultaat IS NULL) <> (fout IS NULL)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'pso_positie', 'pso_inkoop', 'pso_medewerker', 'pso_personeelsbestand',
      'sroi_koppeling_afgewezen', 'sroi_inzet', 'sroi_verplichting',
      'document', 'offerte_versie',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE IF EXISTS calculatie_aanvraag DROP CONSTRAINT IF EXISTS calculatie_aanvraag_offerte`);
    for (const table of ['offerte', 'calculatie_aanvraag', 'parameter_set']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS parameter_set_onwijzigbaar()`);
  }
}
