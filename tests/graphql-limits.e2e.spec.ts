import { startTestApp, TestApp } from './support/test-app';

/**
 * The limits per operation (GRAPHQL_MAX_COST, GRAPHQL_MAX_DEPTH) hold however often an operation is asked: the API
 * remembers an operation's cost per query and variables, and Apollo keeps validated documents.
 */
describe('GraphQL limits per operation', () => {
  const PAGES = `query Pagina($werkgevers: Int!, $contacten: Int!, $filter: WerkgeverFilter) {
    werkgevers(first: $werkgevers, filter: $filter) { edges { node { naam relatiehistorie(first: $contacten) { id } } } }
  }`;
  const TOO_EXPENSIVE = { code: 'BAD_USER_INPUT', message: expect.stringMatching(/^De query kost \d+ punten; het maximum is 5000\./) };
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ werkgevers: 5, vacatures: 5, kandidaten: 5 });
    token = await app.gql.login('accountmanager@werkzaak.demo');
  });
  afterAll(() => app.close());

  it('prices the same query anew for other variables, and refuses the expensive ones every time', async () => {
    for (let round = 0; round < 2; round++) {
      const { werkgevers } = await app.gql.ok(PAGES, { werkgevers: 2, contacten: 2 }, token);
      expect(werkgevers.edges.length).toBeGreaterThan(0);
      expect(await app.gql.fails(PAGES, { werkgevers: 100, contacten: 100 }, token)).toEqual({ ...TOO_EXPENSIVE, field: undefined });
    }
  });

  it('refuses an expensive operation whose variables are too long to remember', async () => {
    const filter = { zoekterm: 'bouw '.repeat(300) };
    for (let round = 0; round < 2; round++) {
      expect(await app.gql.fails(PAGES, { werkgevers: 100, contacten: 100, filter }, token)).toMatchObject(TOO_EXPENSIVE);
    }
  });

  it('refuses variables of the wrong type, also after the same query was answered', async () => {
    await app.gql.ok(PAGES, { werkgevers: 1, contacten: 1 }, token);
    expect(await app.gql.fails(PAGES, { werkgevers: 'veel', contacten: 1 }, token)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a query nested too deep every time, without running it', async () => {
    const tooDeep = `{ me { naam } __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`;
    for (let round = 0; round < 2; round++) {
      const response = await app.gql.request(tooDeep, {}, token);
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0].message).toMatch(/niveaus diep; het maximum is 10\./);
    }
  });
});
