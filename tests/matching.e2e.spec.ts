import { Rol } from '@matchpunt/common';
import { DEFAULT_MATCH_WEIGHTS, scoreVacature, vandaag } from '@matchpunt/domain';
import {
  MatchBronnen,
  MatchingService,
  naarMatchKandidaat,
  naarMatchVacature,
  naarMatchWerkgever,
} from '@matchpunt/matching';
import { andereWerkgever, maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const FACTOREN = `factoren { factor punten maxPunten zin }`;
const VOOR_KANDIDAAT = `query($k: ID!, $first: Int) { matchesVoorKandidaat(kandidaatId: $k, first: $first) {
  soort score afstandKm werkgever { id naam } vacature { id titel } ${FACTOREN} } }`;
const VOOR_VACATURE = `query($v: ID!, $first: Int) { matchesVoorVacature(vacatureId: $v, first: $first) {
  score afstandKm kandidaat { id code status } kaart { id code regio identiteit { voornaam } } ${FACTOREN} } }`;
const STEL_VOOR = `mutation($k: ID!, $w: [ID!]!, $v: ID, $n: String!) {
  stelKandidaatVoor(kandidaatId: $k, werkgeverIds: $w, vacatureId: $v, notitie: $n) { id status vacatureId } }`;
const INBOX = `query { mijnVoorstellen(status: [VOORGESTELD, BEKEKEN], first: 50) { edges { node {
  id status notitie vacature { id titel } kaart { id code beroepswensen identiteit { voornaam achternaam } } } } } }`;
const FASE = `mutation($id: ID!, $naar: VoorstelStatus!, $p: VoorstelPlaatsingInput) {
  wijzigVoorstelFase(id: $id, naar: $naar, plaatsing: $p) { id status plaatsingId } }`;
const CONFIG = `query { matchConfig { standaard gewijzigdOp gewichten { vacatureFactoren { factor maxPunten } afstandVolledigTotKm reactieVersterking { reden factor multiplier } } } }`;
const WIJZIG_CONFIG = `mutation($g: MatchGewichtenInput, $herstel: Boolean) { wijzigMatchConfig(gewichten: $g, herstel: $herstel) {
  standaard gewichten { vacatureFactoren { factor maxPunten } afstandVolledigTotKm } } }`;

type Factor = { factor: string; punten: number; maxPunten: number; zin: string };

describe('matching and the way to a placement (through HTTP)', () => {
  let app: TestApp;
  let coach: string;
  let accountmanager: string;
  let admin: string;
  let werkgever: string;
  let andereWerkgeverToken: string;
  let drentheAdmin: string;
  let werkgeverId: string;
  let vacatureId: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [eerste, tweede] = await werkgeverGebruikers(app, 'rivierenland');
    werkgeverId = eerste.werkgeverId;
    [coach, accountmanager, admin, werkgever, andereWerkgeverToken, drentheAdmin] = await Promise.all(
      [
        'werkcoach@werkzaak.demo',
        'accountmanager@werkzaak.demo',
        'admin@werkzaak.demo',
        eerste.email,
        tweede.email,
        'admin@werkplein-drentscheaa.demo',
      ].map((e) => app.gql.login(e)),
    );
    // The werkgever posts an orderpicker vacature at its own (first) vestiging, open at once.
    const { plaatsVacature } = await app.gql.ok(
      `mutation($input: PlaatsVacatureInput!) { plaatsVacature(input: $input) { id status } }`,
      {
        input: {
          titel: 'Orderpicker',
          beroep: 'orderpicker',
          urenMin: 24,
          urenMax: 32,
          contractvorm: 'TIJDELIJK',
          vereisteVaardigheden: ['scanner'],
          doelgroepen: ['BANENAFSPRAAK'],
          instrumenten: ['LKS', 'NO_RISKPOLIS'],
          publiceer: true,
        },
      },
      werkgever,
    );
    vacatureId = plaatsVacature.id;
  });
  afterAll(() => app.close());

  /** A candidate that lives at the vacature's place (its PC4), so distance never decides the test. */
  const kandidaatBijVacature = async (extra: object = {}) => {
    const [plek] = await app.db.query(
      `SELECT left(ve.postcode, 4) AS code FROM vacature va
       JOIN vestiging ve ON ve.werkgever_id = va.werkgever_id AND (va.vestiging_id IS NULL OR ve.id = va.vestiging_id)
       WHERE va.id = $1 ORDER BY ve.created_at, ve.id LIMIT 1`,
      [vacatureId],
    );
    return maakKandidaat(app, coach, {
      identiteit: { postcode: `${plek.code} AB` },
      profiel: { reisbereidheidKm: 30, ...extra },
    });
  };

  it('an accountmanager goes from an available candidate to a placement entirely through GraphQL', async () => {
    const k = await kandidaatBijVacature();

    // 1. Matches for the candidate: werkgevers (also without a vacancy) and open vacatures, ranked and explained.
    const { matchesVoorKandidaat } = await app.gql.ok(VOOR_KANDIDAAT, { k: k.id, first: 100 }, accountmanager);
    expect(matchesVoorKandidaat.length).toBeGreaterThan(1);
    const scores = matchesVoorKandidaat.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const onzeVacature = matchesVoorKandidaat.find(
      (m: { vacature: { id: string } | null }) => m.vacature?.id === vacatureId,
    );
    expect(onzeVacature).toMatchObject({
      soort: 'VACATURE',
      werkgever: { id: werkgeverId },
      vacature: { titel: 'Orderpicker' },
    });
    expect(onzeVacature.afstandKm).toBeLessThan(30);
    expect(onzeVacature.factoren.map((f: Factor) => f.factor)).toEqual(
      expect.arrayContaining(['BEROEP', 'AFSTAND', 'UREN']),
    );
    expect(onzeVacature.factoren.find((f: Factor) => f.factor === 'UREN').zin).toBe(
      'Zoekt 24–32 uur, vacature 24–32 uur',
    );
    const zonderVacature = matchesVoorKandidaat.filter((m: { soort: string }) => m.soort === 'WERKGEVER');
    expect(zonderVacature.length).toBeGreaterThan(0);
    for (const m of zonderVacature) {
      expect(m.vacature).toBeNull();
      expect(
        m.factoren.every((f: Factor) =>
          ['AFSTAND', 'SECTOR', 'INSTRUMENTEN', 'DOELGROEP', 'HISTORIE'].includes(f.factor),
        ),
      ).toBe(true);
    }
    for (const m of matchesVoorKandidaat) for (const f of m.factoren) expect(f.zin.length).toBeGreaterThan(5);

    // 2. The accountmanager proposes the candidate for the vacature, with a note.
    const { stelKandidaatVoor } = await app.gql.ok(
      STEL_VOOR,
      { k: k.id, w: [werkgeverId], v: vacatureId, n: 'Past precies bij uw orderpickersvacature.' },
      accountmanager,
    );
    const [voorstel] = stelKandidaatVoor;
    expect(voorstel).toMatchObject({ status: 'VOORGESTELD', vacatureId });

    // 3. The werkgever sees the anonymised card in its inbox, without identity.
    const inbox = (await app.gql.ok(INBOX, {}, werkgever)).mijnVoorstellen.edges.map((e: { node: unknown }) => e.node);
    expect(inbox.find((v: { id: string }) => v.id === voorstel.id)).toMatchObject({
      status: 'VOORGESTELD',
      notitie: 'Past precies bij uw orderpickersvacature.',
      vacature: { id: vacatureId, titel: 'Orderpicker' },
      kaart: { id: k.id, code: k.code, beroepswensen: ['orderpicker', 'inpakker'], identiteit: null },
    });

    // 4. It opens the voorstel and reacts with interest.
    await app.gql.ok(`mutation($id: ID!) { openVoorstel(id: $id) { status } }`, { id: voorstel.id }, werkgever);
    const { reageerOpVoorstel } = await app.gql.ok(
      `mutation($id: ID!) { reageerOpVoorstel(id: $id, reactie: INTERESSE, toelichting: "Graag een kennismaking.") { status reactie } }`,
      { id: voorstel.id },
      werkgever,
    );
    expect(reageerOpVoorstel).toEqual({ status: 'INTERESSE', reactie: 'INTERESSE' });

    // 5. The accountmanager moves it on to a placement.
    expect(
      (await app.gql.ok(FASE, { id: voorstel.id, naar: 'KENNISMAKING' }, accountmanager)).wijzigVoorstelFase.status,
    ).toBe('KENNISMAKING');
    expect(
      (await app.gql.ok(FASE, { id: voorstel.id, naar: 'PROEFPLAATSING' }, accountmanager)).wijzigVoorstelFase.status,
    ).toBe('PROEFPLAATSING');
    const { wijzigVoorstelFase } = await app.gql.ok(
      FASE,
      { id: voorstel.id, naar: 'GEPLAATST', p: { type: 'LKS', startDatum: '2026-04-01', urenPerWeek: 28 } },
      accountmanager,
    );
    expect(wijzigVoorstelFase).toMatchObject({ status: 'GEPLAATST', plaatsingId: expect.any(String) });

    // 6. The plaatsing exists and the candidate is GEPLAATST; the history holds every step with its user.
    const { plaatsing } = await app.gql.ok(
      `query($id: ID!) { plaatsing(id: $id) { type startDatum urenPerWeek werkgeverId vacatureId kandidaat { id status } } }`,
      { id: wijzigVoorstelFase.plaatsingId },
      accountmanager,
    );
    expect(plaatsing).toEqual({
      type: 'LKS',
      startDatum: '2026-04-01',
      urenPerWeek: 28,
      werkgeverId,
      vacatureId,
      kandidaat: { id: k.id, status: 'GEPLAATST' },
    });
    const { voorstel: na } = await app.gql.ok(
      `query($id: ID!) { voorstel(id: $id) { status geschiedenis { van naar doorUserId op } } }`,
      { id: voorstel.id },
      accountmanager,
    );
    expect(na.geschiedenis.map((s: { van: string | null; naar: string }) => `${s.van ?? '-'}>${s.naar}`)).toEqual([
      '->VOORGESTELD',
      'VOORGESTELD>BEKEKEN',
      'BEKEKEN>INTERESSE',
      'INTERESSE>KENNISMAKING',
      'KENNISMAKING>PROEFPLAATSING',
      'PROEFPLAATSING>GEPLAATST',
    ]);
    const [am, wg] = await app.db.query(
      `SELECT id FROM app_user WHERE email = ANY($1) ORDER BY (email = 'accountmanager@werkzaak.demo') DESC`,
      [['accountmanager@werkzaak.demo', (await werkgeverGebruikers(app, 'rivierenland'))[0].email]],
    );
    expect(na.geschiedenis.map((s: { doorUserId: string }) => s.doorUserId)).toEqual([
      am.id,
      wg.id,
      wg.id,
      am.id,
      am.id,
      am.id,
    ]);

    // 7. Mail: the werkgever's contactpersonen once each, the accountmanager once for the reaction.
    await app.startWorker();
    await app.flushOutbox();
    await waitFor(async () => {
      const [{ wacht }] = await app.db.query(
        `SELECT count(*)::int AS wacht FROM mail_outbox WHERE (dedupe_key LIKE $1 OR dedupe_key = $2) AND status = 'WACHTRIJ'`,
        [`voorstel-${voorstel.id}-%`, `voorstel-reactie-${voorstel.id}`],
      );
      return wacht === 0;
    });
    const mails: { dedupe_key: string; to_address: string; status: string }[] = await app.db.query(
      `SELECT dedupe_key, to_address, status FROM mail_outbox WHERE dedupe_key LIKE $1 OR dedupe_key = $2`,
      [`voorstel-${voorstel.id}-%`, `voorstel-reactie-${voorstel.id}`],
    );
    const [{ contacten }] = await app.db.query(
      `SELECT count(*)::int AS contacten FROM contactpersoon WHERE werkgever_id = $1 AND email IS NOT NULL`,
      [werkgeverId],
    );
    expect(mails.filter((m) => m.dedupe_key.startsWith(`voorstel-${voorstel.id}-`))).toHaveLength(contacten);
    expect(new Set(mails.map((m) => m.to_address)).size).toBe(mails.length);
    expect(mails.filter((m) => m.to_address === 'accountmanager@werkzaak.demo')).toHaveLength(1);
    expect(mails.every((m) => m.status === 'VERZONDEN')).toBe(true);
  });

  it('ranks candidates for a vacature: staff see the Kandidaat and every explanation', async () => {
    const k = await kandidaatBijVacature();
    const { matchesVoorVacature } = await app.gql.ok(VOOR_VACATURE, { v: vacatureId, first: 100 }, accountmanager);
    const scores = matchesVoorVacature.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const onze = matchesVoorVacature.find((m: { kaart: { id: string } }) => m.kaart.id === k.id);
    expect(onze).toMatchObject({
      kandidaat: { id: k.id, code: k.code, status: 'BESCHIKBAAR' },
      kaart: { code: k.code },
    });
    expect(onze.afstandKm).toBeLessThan(30);
    // The staff explanation names the candidate's doelgroep (banenafspraak) …
    expect(onze.factoren.find((f: Factor) => f.factor === 'DOELGROEP').zin).toMatch(/banenafspraak/);
    expect(onze.factoren.find((f: Factor) => f.factor === 'INSTRUMENTEN').zin).toMatch(/loonkostensubsidie/);
    for (const m of matchesVoorVacature) expect(m.kandidaat.status).toBe('BESCHIKBAAR');
  });

  it('gives the werkgever anonymised cards of available candidates, without sentences that reveal indications', async () => {
    const k = await kandidaatBijVacature();
    const weg = await kandidaatBijVacature();
    await app.gql.ok(
      `mutation($id: ID!) { zetKandidaatStatus(id: $id, status: NIET_BESCHIKBAAR) { status } }`,
      { id: weg.id },
      coach,
    );

    const { matchesVoorVacature } = await app.gql.ok(VOOR_VACATURE, { v: vacatureId, first: 100 }, werkgever);
    const ids = matchesVoorVacature.map((m: { kaart: { id: string } }) => m.kaart.id);
    expect(ids).toContain(k.id);
    expect(ids).not.toContain(weg.id);
    const onze = matchesVoorVacature.find((m: { kaart: { id: string } }) => m.kaart.id === k.id);
    expect(onze).toMatchObject({ kandidaat: null, kaart: { code: k.code, identiteit: null } });
    expect(onze.factoren.length).toBeGreaterThan(3);
    for (const m of matchesVoorVacature) {
      expect(m.kandidaat).toBeNull();
      expect(m.factoren.map((f: Factor) => f.factor)).not.toContain('DOELGROEP');
      const zinnen = m.factoren.map((f: Factor) => f.zin.toLowerCase()).join(' | ');
      for (const woord of [
        'banenafspraak',
        'beschut',
        'statushouder',
        'wsw',
        'nugger',
        'staat open voor',
        'loonkostensubsidie',
        'no-riskpolis',
      ]) {
        expect(zinnen).not.toContain(woord);
      }
    }
    // The staff query names the candidate's kandidaat field; the werkgever asking for it gets null, not the profile.
    const staf = (await app.gql.ok(VOOR_VACATURE, { v: vacatureId, first: 100 }, accountmanager)).matchesVoorVacature;
    expect(staf.find((m: { kaart: { id: string } }) => m.kaart.id === k.id).score).toBe(onze.score);
  });

  it('keeps employers to their own vacatures and matchesVoorKandidaat to staff; other tenants see nothing', async () => {
    const k = await kandidaatBijVacature();
    expect((await app.gql.fails(VOOR_VACATURE, { v: vacatureId }, andereWerkgeverToken)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VOOR_KANDIDAAT, { k: k.id }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(VOOR_KANDIDAAT, { k: k.id }, drentheAdmin)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VOOR_VACATURE, { v: vacatureId }, drentheAdmin)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VOOR_KANDIDAAT, { k: 'geen-id' }, accountmanager)).code).toBe('NOT_FOUND');
    expect(await app.gql.fails(VOOR_KANDIDAAT, { k: k.id, first: 0 }, accountmanager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    expect(await app.gql.fails(VOOR_VACATURE, { v: vacatureId, first: 101 }, accountmanager)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    // Drenthe's own candidates never show up for a Rivierenland vacature.
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM kandidaat WHERE tenant_id = $1`, [
      app.seed.id('tenant', 'drentscheAa'),
    ]);
    const ids = (
      await app.gql.ok(VOOR_VACATURE, { v: vacatureId, first: 100 }, accountmanager)
    ).matchesVoorVacature.map((m: { kaart: { id: string } }) => m.kaart.id);
    if (n > 0) {
      const vreemd = await app.db.query(`SELECT id FROM kandidaat WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [
        app.seed.id('tenant', 'drentscheAa'),
        ids,
      ]);
      expect(vreemd).toEqual([]);
    }
  });

  it('a werkgever that declined "te ver weg" weighs distance more in later matches', async () => {
    const k = await kandidaatBijVacature();
    const afstand = async () =>
      (await app.gql.ok(VOOR_VACATURE, { v: vacatureId, first: 100 }, accountmanager)).matchesVoorVacature
        .find((m: { kaart: { id: string } }) => m.kaart.id === k.id)
        .factoren.find((f: Factor) => f.factor === 'AFSTAND');
    const voor = await afstand();
    const ander = await kandidaatBijVacature();
    const [v] = (await app.gql.ok(STEL_VOOR, { k: ander.id, w: [werkgeverId], n: 'Misschien?' }, accountmanager))
      .stelKandidaatVoor;
    await app.gql.ok(
      `mutation($id: ID!) { reageerOpVoorstel(id: $id, reactie: GEEN_INTERESSE, reden: TE_VER_WEG) { status } }`,
      { id: v.id },
      werkgever,
    );
    const na = await afstand();
    expect(na.maxPunten).toBe(voor.maxPunten * 2);
  });

  it('weights per tenant: ADMIN reads and changes them, matches follow, bad input changes nothing', async () => {
    const standaard = (await app.gql.ok(CONFIG, {}, admin)).matchConfig;
    expect(standaard).toMatchObject({ standaard: true, gewijzigdOp: null });
    expect(standaard.gewichten.vacatureFactoren.find((f: { factor: string }) => f.factor === 'BEROEP').maxPunten).toBe(
      30,
    );
    expect(standaard.gewichten.reactieVersterking).toEqual(
      expect.arrayContaining([{ reden: 'TE_VER_WEG', factor: 'AFSTAND', multiplier: 2 }]),
    );

    expect((await app.gql.fails(CONFIG, {}, accountmanager)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(WIJZIG_CONFIG, { g: { afstandVolledigTotKm: 10 } }, accountmanager)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      await app.gql.fails(WIJZIG_CONFIG, { g: { vacatureFactoren: [{ factor: 'BEROEP', maxPunten: -5 }] } }, admin),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'vacatureFactoren.BEROEP',
    });
    expect((await app.gql.ok(CONFIG, {}, admin)).matchConfig.standaard).toBe(true);

    const k = await kandidaatBijVacature();
    const beroep = async () =>
      (await app.gql.ok(VOOR_VACATURE, { v: vacatureId, first: 100 }, accountmanager)).matchesVoorVacature
        .find((m: { kaart: { id: string } }) => m.kaart.id === k.id)
        .factoren.find((f: Factor) => f.factor === 'BEROEP');
    expect((await beroep()).maxPunten).toBe(30);
    const { wijzigMatchConfig } = await app.gql.ok(
      WIJZIG_CONFIG,
      { g: { vacatureFactoren: [{ factor: 'BEROEP', maxPunten: 50 }] } },
      admin,
    );
    expect(wijzigMatchConfig.standaard).toBe(false);
    expect(
      wijzigMatchConfig.gewichten.vacatureFactoren.find((f: { factor: string }) => f.factor === 'BEROEP').maxPunten,
    ).toBe(50);
    expect(
      wijzigMatchConfig.gewichten.vacatureFactoren.find((f: { factor: string }) => f.factor === 'AFSTAND').maxPunten,
    ).toBe(15);
    expect((await beroep()).maxPunten).toBe(50);
    // Another tenant keeps its defaults.
    expect((await app.gql.ok(CONFIG, {}, drentheAdmin)).matchConfig.standaard).toBe(true);

    expect((await app.gql.ok(WIJZIG_CONFIG, { herstel: true }, admin)).wijzigMatchConfig.standaard).toBe(true);
    expect((await beroep()).maxPunten).toBe(30);
  });

  it('narrowing and pruning change nothing: the service ranks exactly like scoring every available candidate', async () => {
    const tenantId = app.seed.id('tenant', 'rivierenland');
    const [am] = await app.db.query(`SELECT id FROM app_user WHERE email = 'accountmanager@werkzaak.demo'`);
    const actor = { userId: am.id, tenantId, rol: Rol.ACCOUNTMANAGER, werkgeverId: null };
    const vacatures: { id: string }[] = await app.db.query(
      `SELECT v.id FROM vacature v WHERE v.tenant_id = $1 AND v.status = 'OPEN'
         AND NOT EXISTS (SELECT 1 FROM voorstel vs WHERE vs.werkgever_id = v.werkgever_id) ORDER BY v.id LIMIT 8`,
      [tenantId],
    );
    expect(vacatures.length).toBeGreaterThan(3);
    const bronnen = app.get(MatchBronnen);
    const peildatum = vandaag();
    const alle = (await bronnen.alleBeschikbareKandidaten(tenantId)).map((r) => naarMatchKandidaat(r, peildatum));
    for (const { id } of vacatures) {
      for (const first of [3, 20]) {
        const vacature = naarMatchVacature((await bronnen.vacature(tenantId, id))!, peildatum);
        const [rij] = await bronnen.werkgevers(tenantId, [vacature.werkgeverId]);
        const vestigingen = await bronnen.vestigingenVan(tenantId, [vacature.werkgeverId]);
        const plaatsingen = await bronnen.plaatsingenPerBeroepsgroep(tenantId, [vacature.werkgeverId]);
        const wg = naarMatchWerkgever(rij, vestigingen.get(rij.id) ?? [], {
          plaatsingenPerBeroepsgroep: plaatsingen.get(rij.id) ?? {},
          reacties: [],
        });
        const volledig = alle
          .map((k) => ({
            id: k.id,
            ...scoreVacature(k, vacature, DEFAULT_MATCH_WEIGHTS, { peildatum, werkgevers: new Map([[wg.id, wg]]) }),
          }))
          .filter((r) => !r.excluded)
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
          .slice(0, first)
          .map((r) => `${r.id}:${r.score}`);
        const service = (await app.get(MatchingService).matchesVoorVacature(actor, id, first)).map(
          (m) => `${m.kaart.id}:${m.score}`,
        );
        expect(service).toEqual(volledig);
      }
    }
  });

  it('matches a werkgever without an open vacancy (aanbodgericht)', async () => {
    const andere = await andereWerkgever(app, 'rivierenland', [werkgeverId]);
    const [plek] = await app.db.query(`SELECT left(postcode, 4) AS pc FROM vestiging WHERE werkgever_id = $1 LIMIT 1`, [
      andere,
    ]);
    await app.db.query(`UPDATE vacature SET status = 'GESLOTEN' WHERE werkgever_id = $1`, [andere]);
    const k = await maakKandidaat(app, coach, {
      identiteit: { postcode: `${plek.pc} AB` },
      profiel: { reisbereidheidKm: 5 },
    });
    const { matchesVoorKandidaat } = await app.gql.ok(VOOR_KANDIDAAT, { k: k.id, first: 100 }, accountmanager);
    const match = matchesVoorKandidaat.find((m: { werkgever: { id: string } }) => m.werkgever.id === andere);
    expect(match).toMatchObject({ soort: 'WERKGEVER', vacature: null });
    expect(match.factoren.find((f: Factor) => f.factor === 'AFSTAND').zin).toMatch(/km/);
  });
});
