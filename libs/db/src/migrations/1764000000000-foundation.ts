import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`CREATE TABLE regio (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      naam text NOT NULL UNIQUE)`);
    await q.query(`CREATE TABLE tenant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      naam text NOT NULL UNIQUE,
      regio_id uuid NOT NULL REFERENCES regio(id),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE gemeente (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      naam text NOT NULL,
      UNIQUE (tenant_id, naam))`);

    await q.query(`CREATE TABLE postcode (
      pc4 char(4) NOT NULL,
      plaats text NOT NULL,
      lat double precision NOT NULL,
      lon double precision NOT NULL,
      PRIMARY KEY (pc4, plaats))`);
    const rows = readFileSync(join(__dirname, '..', '..', 'data', 'nl-pc4.csv'), 'utf8').trim().split('\n').slice(1);
    for (let i = 0; i < rows.length; i += 1000) {
      const chunk = rows.slice(i, i + 1000).map((line) => line.split(','));
      await q.query(
        `INSERT INTO postcode (pc4, plaats, lat, lon)
         SELECT * FROM unnest($1::char(4)[], $2::text[], $3::float8[], $4::float8[]) ON CONFLICT DO NOTHING`,
        [chunk.map((c) => c[0]), chunk.map((c) => c[1]), chunk.map((c) => Number(c[2])), chunk.map((c) => Number(c[3]))],
      );
    }

    await q.query(`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      email text NOT NULL,
      naam text NOT NULL,
      rol text NOT NULL CHECK (rol IN ('ADMIN','ACCOUNTMANAGER','JOBHUNTER','WERKCOACH','WERKGEVER')),
      werkgever_id uuid,
      password_hash text NOT NULL,
      locked_at timestamptz,
      failed_logins int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT werkgever_user_has_werkgever CHECK ((rol = 'WERKGEVER') = (werkgever_id IS NOT NULL)))`);
    await q.query(`CREATE UNIQUE INDEX app_user_email ON app_user (lower(email))`);
    await q.query(`CREATE INDEX app_user_tenant ON app_user (tenant_id, rol)`);

    await q.query(`CREATE TABLE refresh_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      family_id uuid NOT NULL,
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX refresh_token_family ON refresh_token (family_id)`);

    await q.query(`CREATE TABLE password_reset (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      tenant_id uuid REFERENCES tenant(id),
      dedupe_key text NOT NULL UNIQUE,
      to_address text NOT NULL,
      subject text NOT NULL,
      html text NOT NULL,
      text text NOT NULL,
      attachments jsonb NOT NULL DEFAULT '[]',
      status text NOT NULL DEFAULT 'WACHTRIJ' CHECK (status IN ('WACHTRIJ','VERZONDEN','GEANNULEERD')),
      transport text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE job_outbox (
      id bigserial PRIMARY KEY,
      queue text NOT NULL,
      name text NOT NULL,
      data jsonb NOT NULL,
      job_id text NOT NULL,
      delay_ms int NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      user_id uuid NOT NULL REFERENCES app_user(id),
      actie text NOT NULL,
      onderwerp_type text NOT NULL,
      onderwerp_id uuid NOT NULL,
      reden text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX audit_log_onderwerp ON audit_log (tenant_id, onderwerp_type, onderwerp_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'job_outbox', 'mail_outbox', 'password_reset', 'refresh_token', 'app_user', 'postcode', 'gemeente', 'tenant', 'regio']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
