import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@matchpunt/db';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { SearchDocument } from '../port/search-document';
import { GeoResolver } from '../query/geo-resolver';
import { CANDIDATES } from './pg-search-sql';
import { PostgresSearchIndex } from './postgres-search-index';

const TENANT = '00000000-0000-4000-8000-00000000000a';
const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

/** What only the PostgreSQL adapter does: bounded candidate sets beyond CANDIDATES matches. */
describe('PostgresSearchIndex beyond the candidate bound', () => {
  let drop: () => Promise<void>;
  let dataSource: DataSource;
  let index: PostgresSearchIndex;
  const COUNT = CANDIDATES + 500;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    dataSource = await new DataSource({ ...dataSourceOptions(database.url), extra: { max: 2 } }).initialize();
    index = new PostgresSearchIndex(dataSource, new GeoResolver(dataSource));
    const docs: SearchDocument[] = Array.from({ length: COUNT }, (_, i) => ({
      type: 'vacature',
      id: id(i),
      tenantId: TENANT,
      title: i % 10 === 0 ? 'Chauffeur' : 'Magazijnmedewerker',
      text: 'Werken in de logistiek in de regio Tiel.',
      keywords: [],
      facets: { status: i % 4 === 0 ? 'GESLOTEN' : 'OPEN' },
      geo: { lat: 51.8865, lon: 5.4313 },
      updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    }));
    for (let i = 0; i < docs.length; i += 500) await index.upsert(docs.slice(i, i + 500));
    await dataSource.query('ANALYZE search_document');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });

  it('estimates the total and scales the facet counts when more match than it ranks', async () => {
    const result = await index.search({ type: 'vacature', tenantId: TENANT, text: 'logistiek', facets: ['status'], first: 10 });
    expect(result.estimated).toBe(true);
    expect(result.totalCount).toBeGreaterThanOrEqual(CANDIDATES);
    expect(result.totalCount).toBeLessThan(COUNT * 2);
    const [open, gesloten] = result.facets.status ?? [];
    expect(open.value).toBe('OPEN');
    expect(gesloten.value).toBe('GESLOTEN');
    expect(open.count / gesloten.count).toBeGreaterThan(2);
    expect(open.count / gesloten.count).toBeLessThan(4);
  });

  it('still puts title matches first among the ranked candidates', async () => {
    const result = await index.search({ type: 'vacature', tenantId: TENANT, text: 'chauffeur', first: 5 });
    expect(result.estimated).toBe(false);
    expect(result.totalCount).toBe(COUNT / 10);
    expect(result.hits[0].highlights.title).toBe('<mark>Chauffeur</mark>');
  });

  it('counts exactly what lies within a distance without text, sampling only the facets', async () => {
    const result = await index.search({ type: 'vacature', tenantId: TENANT, near: { postcode: '4001', km: 5 }, facets: ['status'], first: 10 });
    expect(result.totalCount).toBe(COUNT);
    expect(result.estimated).toBe(true);
    expect(result.facets.status?.reduce((sum, facet) => sum + facet.count, 0)).toBeGreaterThan(COUNT - 5);
  });

  it('pages newest first without text and stops at the result window', async () => {
    const first = await index.search({ type: 'vacature', tenantId: TENANT, first: 3 });
    expect(first.hits.map((hit) => hit.id)).toEqual([id(COUNT - 1), id(COUNT - 2), id(COUNT - 3)]);
    const last = await index.search({ type: 'vacature', tenantId: TENANT, first: 100, after: Buffer.from('o:950').toString('base64url') });
    expect(last.hits).toHaveLength(50);
    expect(last.hasNextPage).toBe(false);
  });
});
