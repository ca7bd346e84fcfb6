import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@matchpunt/db';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { createMeiliClient } from '../meilisearch/meili-client';
import { MeiliSearchIndex } from '../meilisearch/meili-search-index';
import { SearchDocument } from '../port/search-document';
import { SearchIndex } from '../port/search-index';
import { SearchQuery, SearchResult } from '../port/search-query';
import { PostgresSearchIndex } from '../postgres/postgres-search-index';
import { GeoResolver } from '../query/geo-resolver';

/** An adapter under test on its own fresh store; `close` removes what it made. */
interface IndexUnderTest {
  index: SearchIndex;
  close(): Promise<void>;
}

const TENANT_A = '00000000-0000-4000-8000-00000000000a';
const TENANT_B = '00000000-0000-4000-8000-00000000000b';
const W1 = '00000000-0000-4000-8000-0000000000e1';
const W2 = '00000000-0000-4000-8000-0000000000e2';

const TIEL = { lat: 51.8865, lon: 5.4313 };
const CULEMBORG = { lat: 51.957, lon: 5.2298 };
const GELDERMALSEN = { lat: 51.8811, lon: 5.2944 };
const ZALTBOMMEL = { lat: 51.807, lon: 5.2466 };
const GRONINGEN = { lat: 53.2166, lon: 6.5695 };

const id = (n: number): string => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
const V = { chauffeur: id(1), orderpicker: id(2), cafe: id(3), heftruck: id(4), schoonmaker: id(5), monteur: id(6), chauffeurB: id(7) };

function vacature(n: string, fields: Partial<SearchDocument> & Pick<SearchDocument, 'title' | 'text'>, minutesAgo: number): SearchDocument {
  return {
    type: 'vacature',
    id: n,
    tenantId: TENANT_A,
    keywords: [],
    facets: {},
    visibleToWerkgever: true,
    updatedAt: new Date(Date.UTC(2026, 0, 1) - minutesAgo * 60_000),
    ...fields,
  };
}

const DOCUMENTS: SearchDocument[] = [
  vacature(V.chauffeur, {
    title: 'Vrachtwagenchauffeur C',
    text: 'Rijden met een vrachtwagen in de regio Tiel. Laden en lossen bij klanten.',
    keywords: ['rijbewijs C', 'code 95'],
    facets: { sector: 'H', gemeente: 'Tiel', urenMin: 32, urenMax: 40, rijbewijs: 'C', status: 'OPEN', doelgroepen: ['banenafspraak'], instrumenten: ['LKS'] },
    geo: TIEL,
  }, 1),
  vacature(V.orderpicker, {
    title: 'Orderpicker',
    text: 'Orders verzamelen in ons magazijn met een handscanner.',
    keywords: ['scanner'],
    facets: { sector: 'H', gemeente: 'Culemborg', urenMin: 24, urenMax: 32, status: 'OPEN', doelgroepen: ['banenafspraak', 'statushouders'] },
    geo: CULEMBORG,
  }, 2),
  vacature(V.cafe, {
    title: 'Medewerker café',
    text: 'Koffie zetten en gasten bedienen in ons café aan de Grote Markt.',
    facets: { sector: 'I', gemeente: 'Groningen', urenMin: 12, urenMax: 16, status: 'OPEN', doelgroepen: ['jongeren'] },
    geo: GRONINGEN,
  }, 3),
  vacature(V.heftruck, {
    title: 'Vorkheftruckbestuurder',
    text: 'Laden en lossen van vrachtwagens. <script>alert(1)</script> Veiligheid voorop.',
    keywords: ['heftruckcertificaat'],
    facets: { sector: 'H', gemeente: 'Tiel', urenMin: 38, urenMax: 38, status: 'GESLOTEN' },
    geo: TIEL,
  }, 4),
  vacature(V.schoonmaker, {
    title: 'Schoonmaker kantoren',
    text: 'Schoonmaken van kantoorpanden in de avonduren.',
    werkgeverId: W1,
    visibleToWerkgever: false,
    facets: { sector: 'N', gemeente: 'Zaltbommel', urenMin: 16, urenMax: 20, status: 'OPEN', instrumenten: ['no-riskpolis'] },
    geo: ZALTBOMMEL,
  }, 5),
  vacature(V.monteur, {
    title: 'Monteur',
    text: 'Onderhoud en reparatie van fietsen in onze werkplaats.',
    werkgeverId: W2,
    visibleToWerkgever: false,
    facets: { sector: 'G', gemeente: 'Geldermalsen', urenMin: 20, urenMax: 24, status: 'CONCEPT' },
    geo: GELDERMALSEN,
  }, 6),
  vacature(V.chauffeurB, {
    tenantId: TENANT_B,
    title: 'Vrachtwagenchauffeur',
    text: 'Chauffeur voor een andere organisatie.',
    facets: { sector: 'H', gemeente: 'Tiel', status: 'OPEN' },
    geo: TIEL,
  }, 7),
];

/**
 * The behaviour every `SearchIndex` adapter must show, on the same documents with the same queries.
 * Registered below for PostgreSQL always and for Meilisearch when MEILI_URL is set.
 */
export function describeSearchContract(name: string, makeIndex: () => Promise<IndexUnderTest>): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let subject: IndexUnderTest;
    let index: SearchIndex;

    const search = (query: Partial<SearchQuery>): Promise<SearchResult> =>
      index.search({ type: 'vacature', tenantId: TENANT_A, first: 20, ...query });
    const ids = async (query: Partial<SearchQuery>): Promise<string[]> => (await search(query)).hits.map((hit) => hit.id);

    beforeAll(async () => {
      subject = await makeIndex();
      index = subject.index;
      await index.upsert(DOCUMENTS);
    });

    afterAll(async () => {
      await subject?.close();
    });

    describe('free text', () => {
      it('finds a word in another form (stemming, plural)', async () => {
        expect(await ids({ text: 'monteurs' })).toEqual([V.monteur]);
      });

      it('finds a compound by its part: "chauffeur" finds "vrachtwagenchauffeur"', async () => {
        const found = await ids({ text: 'chauffeur' });
        expect(found).toContain(V.chauffeur);
        expect(found).not.toContain(V.chauffeurB);
      });

      it('expands job-title synonyms: magazijnmedewerker ≈ orderpicker, heftruckchauffeur ≈ vorkheftruckbestuurder', async () => {
        expect(await ids({ text: 'magazijnmedewerker' })).toContain(V.orderpicker);
        expect(await ids({ text: 'heftruckchauffeur' })).toContain(V.heftruck);
      });

      it('forgives a typo', async () => {
        expect(await ids({ text: 'vrachtwagenchaufeur' })).toContain(V.chauffeur);
        expect(await ids({ text: 'schoonmakr' })).toContain(V.schoonmaker);
      });

      it('ignores accents: "cafe" finds "café"', async () => {
        expect(await ids({ text: 'cafe' })).toEqual([V.cafe]);
      });

      it('searches the last word as a prefix', async () => {
        expect(await ids({ text: 'magazi' })).toContain(V.orderpicker);
      });

      it('needs every word', async () => {
        expect(await ids({ text: 'orders magazijn' })).toEqual([V.orderpicker]);
        expect(await ids({ text: 'orders fietsen' })).toEqual([]);
      });

      it('ranks a title match above a match in the text only', async () => {
        const found = await ids({ text: 'vrachtwagen' });
        expect(found.slice(0, 2)).toEqual([V.chauffeur, V.heftruck]);
      });

      it('highlights the matched words in escaped HTML', async () => {
        const [hit] = (await search({ text: 'orderpicker' })).hits;
        expect(hit.highlights.title).toBe('<mark>Orderpicker</mark>');
        const [heftruck] = (await search({ text: 'veiligheid' })).hits;
        expect(heftruck.id).toBe(V.heftruck);
        expect(heftruck.highlights.text).toContain('<mark>Veiligheid</mark>');
        expect(heftruck.highlights.text).not.toContain('<script>');
      });

      it('finds nothing for an unknown word', async () => {
        const result = await search({ text: 'astronaut' });
        expect(result).toMatchObject({ hits: [], totalCount: 0, hasNextPage: false, endCursor: null });
      });
    });

    describe('filters', () => {
      it('ANDs facets and ORs the values of one facet', async () => {
        expect(new Set(await ids({ filters: { facets: { status: ['OPEN'], sector: ['H'] } } }))).toEqual(new Set([V.chauffeur, V.orderpicker]));
        expect(new Set(await ids({ filters: { facets: { doelgroep: ['statushouders', 'jongeren'] } } }))).toEqual(new Set([V.orderpicker, V.cafe]));
        expect(await ids({ filters: { facets: { instrument: ['LKS'] } } })).toEqual([V.chauffeur]);
      });

      it('filters on an hours range by overlap', async () => {
        expect(new Set(await ids({ filters: { uren: { min: 33 } } }))).toEqual(new Set([V.chauffeur, V.heftruck]));
        expect(await ids({ filters: { uren: { max: 14 } } })).toEqual([V.cafe]);
        expect(await ids({ filters: { facets: { uren: ['0-16'] } } })).toEqual([V.cafe]);
        expect(new Set(await ids({ filters: { facets: { uren: ['0-16', '16-24'] } } }))).toEqual(new Set([V.cafe, V.schoonmaker, V.monteur]));
      });

      it('combines free text with filters', async () => {
        expect(await ids({ text: 'laden', filters: { facets: { status: ['OPEN'] } } })).toEqual([V.chauffeur]);
      });

      it('shows an employer user the visible documents and its own only (werkgeverScope)', async () => {
        const seen = new Set(await ids({ werkgeverScope: { werkgeverId: W1 } }));
        expect(seen).toEqual(new Set([V.chauffeur, V.orderpicker, V.cafe, V.heftruck, V.schoonmaker]));
        expect(await ids({ filters: { werkgeverId: W2 } })).toEqual([V.monteur]);
      });
    });

    describe('facet counts', () => {
      it('counts the requested facets over every match', async () => {
        const result = await search({ facets: ['sector', 'status', 'uren', 'doelgroep'], first: 1 });
        expect(result.totalCount).toBe(6);
        expect(result.estimated).toBe(false);
        expect(result.hits).toHaveLength(1);
        expect(result.facets.sector).toEqual([
          { value: 'H', count: 3 },
          { value: 'G', count: 1 },
          { value: 'I', count: 1 },
          { value: 'N', count: 1 },
        ]);
        expect(result.facets.status).toEqual([
          { value: 'OPEN', count: 4 },
          { value: 'CONCEPT', count: 1 },
          { value: 'GESLOTEN', count: 1 },
        ]);
        expect(result.facets.uren).toEqual([
          { value: '16-24', count: 2 },
          { value: '32+', count: 2 },
          { value: '0-16', count: 1 },
          { value: '24-32', count: 1 },
        ]);
        expect(result.facets.doelgroep).toEqual([
          { value: 'banenafspraak', count: 2 },
          { value: 'jongeren', count: 1 },
          { value: 'statushouders', count: 1 },
        ]);
        expect(result.facets.gemeente).toBeUndefined();
      });

      it('counts with the text and filters applied', async () => {
        const result = await search({ text: 'laden', facets: ['status', 'gemeente'] });
        expect(result.totalCount).toBe(2);
        expect(result.facets.status).toEqual([
          { value: 'GESLOTEN', count: 1 },
          { value: 'OPEN', count: 1 },
        ]);
        expect(result.facets.gemeente).toEqual([{ value: 'Tiel', count: 2 }]);
      });
    });

    describe('distance', () => {
      it('finds what lies within N km of a postcode, nearest first, with the distance', async () => {
        const result = await search({ near: { postcode: '4001 AB', km: 12 } });
        expect(new Set(result.hits.slice(0, 2).map((hit) => hit.id))).toEqual(new Set([V.chauffeur, V.heftruck]));
        expect(result.hits.map((hit) => hit.id)[2]).toBe(V.monteur);
        expect(result.hits).toHaveLength(3);
        expect(result.hits[0].distanceKm).toBeLessThan(1);
        expect(result.hits[2].distanceKm).toBeGreaterThan(8);
        expect(result.hits[2].distanceKm).toBeLessThan(11);
        // The centre searched from: the postcode's coordinates (Tiel) and the radius, for a map.
        expect(result.near).toEqual({ lat: expect.closeTo(TIEL.lat, 1), lon: expect.closeTo(TIEL.lon, 1), km: 12 });
      });

      it('combines distance with text and facets', async () => {
        const result = await search({ text: 'laden', near: { lat: CULEMBORG.lat, lon: CULEMBORG.lon, km: 20 }, facets: ['gemeente'] });
        expect(new Set(result.hits.map((hit) => hit.id))).toEqual(new Set([V.chauffeur, V.heftruck]));
        expect(result.hits.every((hit) => hit.distanceKm !== undefined && hit.distanceKm > 10)).toBe(true);
        expect(result.facets.gemeente).toEqual([{ value: 'Tiel', count: 2 }]);
        expect(result.near).toEqual({ ...CULEMBORG, km: 20 });
        expect(await ids({ near: { lat: CULEMBORG.lat, lon: CULEMBORG.lon, km: 1 } })).toEqual([V.orderpicker]);
        expect((await search({ text: 'laden' })).near).toBeUndefined();
      });

      it('refuses an unknown postcode and a bad distance as user input', async () => {
        await expect(search({ near: { postcode: '0999', km: 5 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'near.postcode' });
        await expect(search({ near: { postcode: '1001', km: 5 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'near.postcode' });
        await expect(search({ near: { postcode: '4001', km: 0 } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'near.km' });
      });
    });

    describe('tenants', () => {
      it("never returns another tenant's documents", async () => {
        expect(await ids({ text: 'vrachtwagenchauffeur' })).toEqual([V.chauffeur]);
        expect(await ids({ tenantId: TENANT_B, text: 'vrachtwagenchauffeur' })).toEqual([V.chauffeurB]);
        expect(await ids({ tenantId: TENANT_B, text: 'orderpicker' })).toEqual([]);
      });
    });

    describe('pagination', () => {
      const TENANT_P = '00000000-0000-4000-8000-0000000000cc';
      const many = Array.from({ length: 25 }, (_, i) =>
        vacature(id(100 + i), { tenantId: TENANT_P, title: `Productiemedewerker ${i + 1}`, text: 'Inpakken aan de lopende band.', facets: { status: 'OPEN' } }, 100 + i),
      );

      beforeAll(() => index.upsert(many));

      it('pages with cursors through every hit once, newest first without text', async () => {
        const seen: string[] = [];
        let after: string | undefined;
        for (let page = 0; page < 3; page++) {
          const result = await index.search({ type: 'vacature', tenantId: TENANT_P, first: 10, after });
          expect(result.totalCount).toBe(25);
          expect(result.hasNextPage).toBe(page < 2);
          seen.push(...result.hits.map((hit) => hit.id));
          after = result.endCursor ?? undefined;
        }
        expect(seen).toEqual(many.map((doc) => doc.id));
      });

      it('pages through text matches without repeating one', async () => {
        const first = await index.search({ type: 'vacature', tenantId: TENANT_P, text: 'productiemedewerker', first: 15 });
        const second = await index.search({ type: 'vacature', tenantId: TENANT_P, text: 'productiemedewerker', first: 15, after: first.endCursor ?? undefined });
        expect(first.totalCount).toBe(25);
        expect(first.hasNextPage).toBe(true);
        expect(second.hasNextPage).toBe(false);
        expect(new Set([...first.hits, ...second.hits].map((hit) => hit.id)).size).toBe(25);
      });

      it('refuses a page size above 100 and a broken cursor', async () => {
        await expect(search({ first: 101 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
        await expect(search({ after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      });
    });

    describe('writes', () => {
      it('upserts by (type, id): the new version replaces the old one, once', async () => {
        const changed = { ...DOCUMENTS[1], title: 'Inpakker', updatedAt: new Date(DOCUMENTS[1].updatedAt.getTime() + 1000) };
        await index.upsert([changed]);
        await index.upsert([changed]);
        expect(await ids({ text: 'inpakker' })).toEqual([V.orderpicker]);
        expect((await search({})).totalCount).toBe(6);
        await index.upsert([{ ...DOCUMENTS[1], updatedAt: new Date(DOCUMENTS[1].updatedAt.getTime() + 2000) }]);
        expect(await ids({ text: 'inpakker' })).toEqual([]);
      });

      it('removes documents by id, and clears a tenant', async () => {
        await index.remove('vacature', [V.cafe, id(999)]);
        expect(await ids({ text: 'cafe' })).toEqual([]);
        await index.clear('vacature', TENANT_B);
        expect((await search({ tenantId: TENANT_B })).totalCount).toBe(0);
        expect((await search({})).totalCount).toBe(5);
        await index.upsert([DOCUMENTS[2]]);
      });

      it('removes what a full reindex did not upsert (removeStale)', async () => {
        const before = new Date(Date.now() + 1000);
        await new Promise((resolve) => setTimeout(resolve, 1100));
        const now = new Date();
        await index.upsert(DOCUMENTS.filter((doc) => doc.tenantId === TENANT_A && doc.id !== V.monteur).map((doc) => ({ ...doc, updatedAt: now })));
        await index.removeStale('vacature', before, TENANT_A);
        expect(await ids({ text: 'monteur' })).toEqual([]);
        expect((await search({})).totalCount).toBe(5);
      });
    });
  });
}

const adapters: [string, () => Promise<IndexUnderTest>][] = [
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      const dataSource = await new DataSource({ ...dataSourceOptions(database.url), extra: { max: 4 } }).initialize();
      return {
        index: new PostgresSearchIndex(dataSource, new GeoResolver(dataSource)),
        close: async () => {
          await dataSource.destroy();
          await database.drop();
        },
      };
    },
  ],
];

const MEILI_URL = process.env.MEILI_URL;
if (MEILI_URL) {
  adapters.push([
    'Meilisearch',
    async () => {
      const database = await createTestDatabase();
      const dataSource = await new DataSource({ ...dataSourceOptions(database.url), extra: { max: 2 } }).initialize();
      const client = await createMeiliClient(MEILI_URL, process.env.MEILI_MASTER_KEY);
      const prefix = `mptest_${randomBytes(4).toString('hex')}`;
      return {
        index: new MeiliSearchIndex(client, new GeoResolver(dataSource), prefix),
        close: async () => {
          const { results } = await client.getIndexes({ limit: 100 });
          for (const found of results.filter((i) => i.uid.startsWith(prefix))) await client.deleteIndex(found.uid).waitTask();
          await dataSource.destroy();
          await database.drop();
        },
      };
    },
  ]);
}

for (const [name, makeIndex] of adapters) describeSearchContract(name, makeIndex);
