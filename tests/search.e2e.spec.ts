import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const REINDEX = `mutation($type: ZoekIndexType!) { reindex(type: $type) { id type status verwerkt geindexeerd } }`;
const TAAK = `query($id: ID!) { reindexTaak(id: $id) { id type status verwerkt geindexeerd documentenPerSeconde fout } }`;
const ZOEK = `query { zoekVacatures(first: 5) { totalCount edges { node { id } } } }`;

describe('search index: full reindex as ADMIN (through HTTP and the worker)', () => {
  let app: TestApp;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.gql.login('admin@werkzaak.demo');
  });
  afterAll(() => app?.close());

  it('rebuilds the index of the own organisation as a job, with progress, after which the documents are found', async () => {
    const am = await app.gql.login('accountmanager@werkzaak.demo');
    const [{ tenant_id: tenantId, n }] = await app.db.query(
      `SELECT u.tenant_id, (SELECT count(*)::int FROM vacature v WHERE v.tenant_id = u.tenant_id) AS n FROM app_user u WHERE u.email = $1`,
      ['admin@werkzaak.demo'],
    );
    expect(n).toBeGreaterThan(0);
    await app.db.query(`DELETE FROM search_document WHERE type = 'vacature'`);
    expect((await app.gql.ok(ZOEK, {}, am)).zoekVacatures.totalCount).toBe(0);

    const { reindex } = await app.gql.ok(REINDEX, { type: 'VACATURE' }, admin);
    expect(reindex).toMatchObject({ type: 'VACATURE', status: 'waiting', verwerkt: 0 });
    await app.startWorker();
    let taak: Record<string, unknown> = {};
    await waitFor(async () => {
      taak = (await app.gql.ok(TAAK, { id: reindex.id }, admin)).reindexTaak;
      return taak.status === 'completed' || taak.status === 'failed';
    }, 30000);
    expect(taak).toMatchObject({ status: 'completed', verwerkt: n, geindexeerd: n, fout: null });
    expect(taak.documentenPerSeconde).toBeGreaterThan(0);

    expect((await app.gql.ok(ZOEK, {}, am)).zoekVacatures.totalCount).toBe(n);
    const [{ others }] = await app.db.query(`SELECT count(*)::int AS others FROM search_document WHERE tenant_id <> $1`, [tenantId]);
    expect(others).toBe(0);
  });

  it('is for ADMIN only, and a job of another organisation is not found', async () => {
    const am = await app.gql.login('accountmanager@werkzaak.demo');
    expect(await app.gql.fails(REINDEX, { type: 'VACATURE' }, am)).toMatchObject({ code: 'FORBIDDEN' });
    const { reindex } = await app.gql.ok(REINDEX, { type: 'WERKGEVER' }, admin);
    const otherAdmin = await app.gql.login('admin@werkplein-drentscheaa.demo');
    expect(await app.gql.fails(TAAK, { id: reindex.id }, otherAdmin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await app.gql.fails(TAAK, { id: 'reindex-vacature-all-1' }, admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await app.gql.fails(REINDEX, { type: 'KLANT' }, admin)).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/) });
  });
});
