import { encodeCursor } from '@matchpunt/common';
import { HIGHLIGHT_POST as POST, HIGHLIGHT_PRE as PRE } from '../analysis/highlight';
import { synonymGroups } from '../analysis/synonyms';
import { SearchDocument } from '../port/search-document';
import { SearchQuery } from '../port/search-query';
import { validateSearchQuery } from '../query/validate-search-query';
import {
  fromMeiliResponse,
  meiliFilter,
  meiliIndexUid,
  meiliQueryText,
  meiliSearchParams,
  meiliSettings,
  meiliString,
  meiliSynonyms,
  toMeiliDocument,
} from './meili-mapping';

const TENANT = '00000000-0000-4000-8000-00000000000a';
const W1 = '00000000-0000-4000-8000-0000000000e1';
const query = (q: Partial<SearchQuery> = {}) => validateSearchQuery({ type: 'vacature', tenantId: TENANT, first: 10, ...q });
const TIEL = { lat: 51.8865, lon: 5.4313, km: 25 };

const doc: SearchDocument = {
  type: 'vacature',
  id: '00000000-0000-4000-9000-000000000001',
  tenantId: TENANT,
  werkgeverId: W1,
  title: `Vrachtwagenchauffeur ${PRE}C`,
  text: 'Rijden met een bakwagen.',
  keywords: ['magazijnmedewerker'],
  facets: { sector: 'H', gemeente: 'Tiel', urenMin: 24, urenMax: 32, doelgroepen: ['banenafspraak', 'banenafspraak'], rijbewijs: 'C', status: 'OPEN' },
  geo: { lat: 51.8865, lon: 5.4313 },
  visibleToWerkgever: true,
  updatedAt: new Date('2026-01-02T03:04:05.678Z'),
};

describe('toMeiliDocument', () => {
  it('flattens the facets under the facet names, with hours buckets, _geo and compound parts', () => {
    expect(toMeiliDocument(doc, new Date(1000))).toEqual({
      id: doc.id,
      tenantId: TENANT,
      werkgeverId: W1,
      title: 'Vrachtwagenchauffeur C',
      titleParts: 'vrachtwagen chauffeur',
      keywords: ['magazijnmedewerker'],
      keywordParts: 'magazijn medewerker',
      text: 'Rijden met een bakwagen.',
      textParts: '',
      sector: ['H'],
      gemeente: ['Tiel'],
      uren: ['24-32'],
      doelgroep: ['banenafspraak'],
      instrument: [],
      rijbewijs: ['C'],
      status: ['OPEN'],
      urenMin: 24,
      urenMax: 32,
      _geo: { lat: 51.8865, lng: 5.4313 },
      visibleToWerkgever: true,
      updatedAt: Date.parse('2026-01-02T03:04:05.678Z'),
      indexedAt: 1000,
    });
  });

  it('leaves out what a document does not have', () => {
    const bare = toMeiliDocument({ ...doc, werkgeverId: undefined, geo: undefined, visibleToWerkgever: undefined, facets: { urenMax: 40 } }, new Date(0));
    expect(bare).toMatchObject({ werkgeverId: null, _geo: null, visibleToWerkgever: false, sector: [], uren: ['32+'], urenMin: 40, urenMax: 40 });
  });
});

describe('meiliIndexUid', () => {
  it('names one index per type after a sanitised prefix', () => {
    expect(meiliIndexUid('matchpunt', 'kandidaat')).toBe('matchpunt_kandidaat');
    expect(meiliIndexUid('mptest:ab12', 'vacature')).toBe('mptest_ab12_vacature');
  });
});

describe('meiliSynonyms and meiliSettings', () => {
  it('maps every term of a group to the others, both ways, never to itself', () => {
    expect(meiliSynonyms([['orderpicker', 'magazijnmedewerker', 'medewerker magazijn'], ['solo']])).toEqual({
      orderpicker: ['magazijnmedewerker', 'medewerker magazijn'],
      magazijnmedewerker: ['medewerker magazijn', 'orderpicker'],
      'medewerker magazijn': ['magazijnmedewerker', 'orderpicker'],
    });
  });

  it('merges the groups a term is in', () => {
    expect(meiliSynonyms([['heftruck', 'heftruckcertificaat'], ['heftruck', 'vorkheftruck']]).heftruck).toEqual(['heftruckcertificaat', 'vorkheftruck']);
  });

  it('takes the synonyms from the vocabulary and declares what is searched, filtered and sorted', () => {
    const settings = meiliSettings(synonymGroups());
    expect(settings.synonyms?.orderpicker).toContain('magazijnmedewerker');
    expect(settings.synonyms?.heftruckchauffeur).toContain('vorkheftruckbestuurder');
    expect(settings.synonyms?.vorkheftruckbestuurder).toContain('heftruckchauffeur');
    expect(settings.searchableAttributes).toEqual(['title', 'titleParts', 'keywords', 'keywordParts', 'text', 'textParts']);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['tenantId', 'werkgeverId', 'visibleToWerkgever', '_geo', 'urenMin', 'urenMax', 'sector', 'gemeente', 'uren', 'doelgroep', 'instrument', 'rijbewijs', 'status']));
    expect(settings.sortableAttributes).toEqual(['updatedAt', '_geo']);
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.pagination).toEqual({ maxTotalHits: 1000 });
  });
});

describe('meiliFilter', () => {
  it('always filters on the tenant', () => {
    expect(meiliFilter(query(), undefined)).toEqual([`tenantId = "${TENANT}"`]);
  });

  it('ORs the values of one facet and ANDs the rest (as separate expressions)', () => {
    const filter = meiliFilter(
      query({ filters: { facets: { status: ['OPEN'], doelgroep: ['banenafspraak', 'beschut'], uren: [] }, uren: { min: 20, max: 32 }, werkgeverId: W1 } }),
      undefined,
    );
    expect(filter).toEqual([
      `tenantId = "${TENANT}"`,
      'status IN ["OPEN"]',
      'doelgroep IN ["banenafspraak", "beschut"]',
      'urenMax >= 20',
      'urenMin <= 32',
      `werkgeverId = "${W1}"`,
    ]);
  });

  it('narrows an employer user to visible documents and its own', () => {
    expect(meiliFilter(query({ werkgeverScope: { werkgeverId: W1 } }), undefined)).toContain(`(visibleToWerkgever = true OR werkgeverId = "${W1}")`);
  });

  it('filters on distance in metres', () => {
    expect(meiliFilter(query(), TIEL).at(-1)).toBe('_geoRadius(51.8865, 5.4313, 25000)');
  });

  it('escapes quotes and backslashes in values, so a value cannot widen the filter', () => {
    expect(meiliString('a" OR tenantId = "x')).toBe('"a\\" OR tenantId = \\"x"');
    expect(meiliString('c:\\')).toBe('"c:\\\\"');
    expect(meiliFilter(query({ filters: { facets: { gemeente: ['"x" OR 1'] } } }), undefined)[1]).toBe('gemeente IN ["\\"x\\" OR 1"]');
  });

  it('turns an empty id list into a filter that matches nothing', () => {
    expect(meiliFilter(query({ filters: { ids: ['not-a-uuid'] } }), undefined)[1]).toBe('id IN ["-"]');
  });
});

describe('meiliSearchParams', () => {
  it('sorts newest first without text, nearest first with a place, by relevance with text', () => {
    expect(meiliSearchParams(query(), undefined).sort).toEqual(['updatedAt:desc']);
    expect(meiliSearchParams(query(), TIEL).sort).toEqual(['_geoPoint(51.8865, 5.4313):asc']);
    expect(meiliSearchParams(query({ text: 'chauffeur' }), TIEL).sort).toBeUndefined();
  });

  it('pages exhaustively: page mode for aligned cursors, one larger first page otherwise', () => {
    expect(meiliSearchParams(query({ after: encodeCursor(20) }), undefined)).toMatchObject({ hitsPerPage: 10, page: 3 });
    expect(meiliSearchParams(query({ after: encodeCursor(15) }), undefined)).toMatchObject({ hitsPerPage: 25, page: 1 });
    expect(meiliSearchParams(query({ after: encodeCursor(995) }), undefined)).toMatchObject({ hitsPerPage: 1000, page: 1 });
    expect(meiliSearchParams(query({ after: encodeCursor(1000) }), undefined)).toMatchObject({ hitsPerPage: 0 });
  });

  it('asks for the facets, the highlights with private markers, the score, every word', () => {
    const params = meiliSearchParams(query({ text: 'chauffeur', facets: ['sector', 'uren'] }), undefined);
    expect(params).toMatchObject({
      facets: ['sector', 'uren'],
      attributesToRetrieve: ['id', '_geo'],
      attributesToHighlight: ['title'],
      attributesToCrop: ['text'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
      showRankingScore: true,
      matchingStrategy: 'all',
    });
    expect(meiliSearchParams(query(), undefined).facets).toBeUndefined();
  });
});

describe('meiliQueryText', () => {
  it('searches a short last word as a whole word only, as PostgreSQL does', () => {
    expect(meiliQueryText(' chauffeur ')).toBe('chauffeur');
    expect(meiliQueryText('medewerker ab')).toBe('medewerker ab ');
  });
});

describe('fromMeiliResponse', () => {
  const hit = (n: number, extra: object = {}) => ({ id: `id-${n}`, _rankingScore: 1 - n / 100, ...extra });

  it('maps hits with escaped highlights, distances and cursors, and sorts facet counts', () => {
    const result = fromMeiliResponse(
      {
        hits: [hit(1, { _geo: { lat: 51.957, lng: 5.2298 }, _formatted: { title: `${PRE}Chauffeur${POST} <b>`, text: 'geen treffer' } })],
        facetDistribution: { sector: { A: 1, H: 5, C: 5 } },
        totalHits: 31,
        hitsPerPage: 10,
      },
      query({ text: 'chauffeur', facets: ['sector', 'gemeente'], after: encodeCursor(10) }),
      TIEL,
    );
    expect(result).toEqual({
      hits: [{ id: 'id-1', score: 0.99, highlights: { title: '<mark>Chauffeur</mark> &lt;b&gt;' }, distanceKm: 15.9, cursor: encodeCursor(11) }],
      totalCount: 31,
      facets: {
        sector: [
          { value: 'C', count: 5 },
          { value: 'H', count: 5 },
          { value: 'A', count: 1 },
        ],
        gemeente: [],
      },
      hasNextPage: true,
      endCursor: encodeCursor(11),
      estimated: false,
    });
  });

  it('slices the larger first page of an unaligned cursor', () => {
    const hits = Array.from({ length: 25 }, (_, i) => hit(i));
    const result = fromMeiliResponse({ hits, totalHits: 25, hitsPerPage: 25 }, query({ after: encodeCursor(15) }), undefined);
    expect(result.hits.map((h) => h.id)).toEqual(hits.slice(15).map((h) => h.id));
    expect(result.hasNextPage).toBe(false);
    expect(result.endCursor).toBe(encodeCursor(25));
  });

  it('stops paging at the result window, where the total becomes a lower bound', () => {
    const hits = Array.from({ length: 10 }, (_, i) => hit(i));
    const result = fromMeiliResponse({ hits, totalHits: 1000, hitsPerPage: 10 }, query({ after: encodeCursor(990) }), undefined);
    expect(result.hasNextPage).toBe(false);
    expect(result.estimated).toBe(true);
  });
});
