import { AanbodskrantLinks, AanbodskrantVerzending } from '@matchpunt/aanbodskrant';
import { MailService } from '@matchpunt/mail';
import { maakKandidaat, werkgeverGebruikers } from './support/kandidaat-fixtures';
import { pdfTekst } from './support/pdf-tekst';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

const EDITIE = `id titel intro publicatiedatum status verzondenOp aantalInteresses kandidaten { kandidaatId code regio pitch urenMin urenMax instrumenten }`;
const MAAK = `mutation($input: AanbodskrantInput!) { maakAanbodskrant(input: $input) { ${EDITIE} } }`;
const WIJZIG = `mutation($id: ID!, $input: WijzigAanbodskrantInput!) { wijzigAanbodskrant(id: $id, input: $input) { ${EDITIE} } }`;
const VERSTUUR = `mutation($id: ID!) { verstuurAanbodskrant(id: $id) { ${EDITIE} } }`;
const VOORTGANG = `query($id: ID!) { aanbodskrantVoortgang(id: $id) { editieId status taak totaal ingepland verzonden klaar } }`;
const SUGGESTIES = `query($gemeenteId: ID, $sector: SbiSectie, $first: Int) {
  suggestiesVoorAanbodskrant(gemeenteId: $gemeenteId, sector: $sector, first: $first) { kandidaatId beschikbaarSinds gemeente reden kaart { code } } }`;
const INTERESSE = `mutation($token: String!) { toonInteresseViaLink(token: $token) { kandidaatCode nieuw voorstelId bericht } }`;
const AFMELDEN = `mutation($token: String!) { meldAfVoorAanbodskrant(token: $token) { afgemeld bericht } }`;
const LINK = `query($token: String!, $doel: AanbodskrantLinkDoel!) { aanbodskrantLink(token: $token, doel: $doel) {
  doel editieTitel werkgeverNaam contactpersoonNaam email geldigTot alGedaan kaart { code pitch } } }`;

/** Identity the mail must never show. */
const VOORNAAM = 'Zoëlle';
const ACHTERNAAM = 'Brandsma-Testnaam';
const ADRES = 'Geheimstraat 77';

interface Mail {
  dedupe_key: string;
  to_address: string;
  html: string;
  text: string;
  status: string;
  attachments: { filename: string; content: string }[];
}

describe('aanbodskrant (through HTTP and the worker)', () => {
  let app: TestApp;
  let am: string;
  let coach: string;
  let jobhunter: string;
  let werkgever: string;
  let drenthe: string;
  let tenantId: string;
  let tiel: string;
  const kandidaten: { id: string; code: string; bsn: string }[] = [];
  let editieId: string;
  let mails: Mail[];

  const aanbodskrantMails = async (editie: string): Promise<Mail[]> =>
    app.db.query(`SELECT dedupe_key, to_address, html, text, status, attachments FROM mail_outbox WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`, [
      `aanbodskrant-${editie}-%`,
    ]);
  const abonnees = async (): Promise<{ id: string; email: string }[]> =>
    app.db.query(
      `SELECT id, email FROM contactpersoon WHERE tenant_id = $1 AND ontvangt_aanbodskrant AND afgemeld_op IS NULL AND email IS NOT NULL ORDER BY id`,
      [tenantId],
    );
  const tokenUit = (html: string, soort: 'interesse' | 'afmelden') =>
    [...html.matchAll(new RegExp(`/aanbodskrant/${soort}\\?token=([A-Za-z0-9_.-]+)`, 'g'))].map((m) => m[1]);
  const verstuurEnWacht = async (id: string) => {
    await app.gql.ok(VERSTUUR, { id }, am);
    await app.flushOutbox();
    await waitFor(async () => (await app.gql.ok(VOORTGANG, { id }, am)).aanbodskrantVoortgang.klaar, 30000);
  };

  beforeAll(async () => {
    app = await startTestApp();
    tenantId = app.seed.id('tenant', 'rivierenland');
    tiel = app.seed.id('gemeente', 'Tiel');
    const [eerste] = await werkgeverGebruikers(app, 'rivierenland');
    [am, coach, jobhunter, werkgever, drenthe] = await Promise.all(
      ['accountmanager@werkzaak.demo', 'werkcoach@werkzaak.demo', 'jobhunter@werkzaak.demo', eerste.email, 'accountmanager@werkplein-drentscheaa.demo'].map((e) =>
        app.gql.login(e),
      ),
    );
    for (let i = 0; i < 3; i++) {
      const k = await maakKandidaat(app, coach, {
        identiteit: { voornaam: VOORNAAM, achternaam: ACHTERNAAM, adres: ADRES },
        profiel: { pitch: `Ik zoek werk in de logistiek <b>(${i})</b> & help graag.` },
      });
      const [{ bsn }] = await app.db.query(`SELECT bsn FROM kandidaat_identiteit WHERE kandidaat_id = $1`, [k.id]);
      kandidaten.push({ id: k.id, code: k.code, bsn });
    }
    // One contact unsubscribed by date while the flag is still on, one switched off: neither may get mail.
    await app.db.query(
      `UPDATE contactpersoon SET afgemeld_op = now() WHERE id = (SELECT id FROM contactpersoon WHERE tenant_id = $1 AND ontvangt_aanbodskrant ORDER BY id LIMIT 1)`,
      [tenantId],
    );
    await app.db.query(
      `UPDATE contactpersoon SET ontvangt_aanbodskrant = true WHERE id = (SELECT id FROM contactpersoon WHERE tenant_id = $1 AND email IS NOT NULL AND NOT ontvangt_aanbodskrant AND afgemeld_op IS NULL ORDER BY id LIMIT 1)`,
      [tenantId],
    );
  });
  afterAll(() => app.close());

  it('suggests the newly available candidates of a gemeente, newest first', async () => {
    const { suggestiesVoorAanbodskrant } = await app.gql.ok(SUGGESTIES, { gemeenteId: tiel, sector: 'H', first: 100 }, am);
    const ids = suggestiesVoorAanbodskrant.map((s: any) => s.kandidaatId);
    for (const k of kandidaten) expect(ids).toContain(k.id);
    const nieuw = suggestiesVoorAanbodskrant.find((s: any) => s.kandidaatId === kandidaten[0].id);
    expect(nieuw.gemeente).toBe('Tiel');
    expect(nieuw.reden).toMatch(/^Nieuw beschikbaar sinds .*nog niet aangeboden.*vervoer en opslag/);
    expect(suggestiesVoorAanbodskrant.every((s: any) => s.gemeente === 'Tiel')).toBe(true);
    expect((await app.gql.fails(SUGGESTIES, { first: 101 }, am)).code).toBe('BAD_USER_INPUT');
    expect((await app.gql.fails(SUGGESTIES, { gemeenteId: app.seed.id('gemeente', 'Assen') }, am)).code).toBe('NOT_FOUND');
  });

  it('composes an edition from available candidates only, in the given order', async () => {
    const input = { titel: 'Aanbod <maart>', intro: 'Nieuwe kandidaten.\n\nBel ons gerust.', publicatiedatum: '2026-03-02', kandidaatIds: kandidaten.map((k) => k.id) };
    const { maakAanbodskrant } = await app.gql.ok(MAAK, { input: { ...input, kandidaatIds: [kandidaten[1].id] } }, am);
    expect(maakAanbodskrant).toMatchObject({ status: 'CONCEPT', titel: 'Aanbod <maart>', verzondenOp: null });
    editieId = maakAanbodskrant.id;
    const { wijzigAanbodskrant } = await app.gql.ok(WIJZIG, { id: editieId, input: { kandidaatIds: input.kandidaatIds } }, am);
    expect(wijzigAanbodskrant.kandidaten.map((k: any) => k.code)).toEqual(kandidaten.map((k) => k.code));
    expect(JSON.stringify(wijzigAanbodskrant)).not.toMatch(new RegExp(`${VOORNAAM}|${ACHTERNAAM}|${kandidaten[0].bsn}`));

    const [bezet] = await app.db.query(`SELECT id FROM kandidaat WHERE tenant_id = $1 AND status <> 'BESCHIKBAAR' LIMIT 1`, [tenantId]);
    expect(await app.gql.fails(MAAK, { input: { ...input, kandidaatIds: [kandidaten[0].id, bezet.id] } }, am)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kandidaatIds.1',
    });
    expect(await app.gql.fails(MAAK, { input: { ...input, kandidaatIds: [kandidaten[0].id, kandidaten[0].id] } }, am)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kandidaatIds.1',
    });
    expect(await app.gql.fails(MAAK, { input: { ...input, publicatiedatum: '2026-02-30' } }, am)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicatiedatum' });
    expect(await app.gql.fails(MAAK, { input: { ...input, titel: '' } }, am)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'titel' });
    const [drentheKandidaat] = await app.db.query(`SELECT id FROM kandidaat WHERE tenant_id = $1 LIMIT 1`, [app.seed.id('tenant', 'drentscheAa')]);
    expect((await app.gql.fails(MAAK, { input: { ...input, kandidaatIds: [drentheKandidaat.id] } }, am)).code).toBe('NOT_FOUND');
    for (const token of [jobhunter, werkgever, coach]) expect((await app.gql.fails(MAAK, { input }, token)).code).toBe('FORBIDDEN');
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM aanbodskrant_editie`);
    expect(n).toBe(1);
  });

  it('sends one mail to every subscribed contactpersoon of the tenant and none to anyone else', async () => {
    const verwacht = await abonnees();
    expect(verwacht.length).toBeGreaterThan(3);
    await app.startWorker();
    await verstuurEnWacht(editieId);

    const { aanbodskrantVoortgang } = await app.gql.ok(VOORTGANG, { id: editieId }, am);
    expect(aanbodskrantVoortgang).toEqual({
      editieId,
      status: 'VERZONDEN',
      taak: 'KLAAR',
      totaal: verwacht.length,
      ingepland: verwacht.length,
      verzonden: verwacht.length,
      klaar: true,
    });
    mails = await aanbodskrantMails(editieId);
    expect(mails.map((m) => m.dedupe_key)).toEqual(verwacht.map((c) => `aanbodskrant-${editieId}-${c.id}`).sort());
    expect(mails.map((m) => m.to_address).sort()).toEqual(verwacht.map((c) => c.email).sort());
    expect(mails.every((m) => m.status === 'VERZONDEN')).toBe(true);
    const [{ afgemeld }] = await app.db.query(
      `SELECT count(*)::int AS afgemeld FROM mail_outbox m JOIN contactpersoon c ON m.dedupe_key = 'aanbodskrant-' || $1 || '-' || c.id
       WHERE c.afgemeld_op IS NOT NULL OR NOT c.ontvangt_aanbodskrant OR c.tenant_id <> $2`,
      [editieId, tenantId],
    );
    expect(afgemeld).toBe(0);
  });

  it('shows cards without identity: no name, address or BSN in the mail, the PDF or the snapshot', async () => {
    for (const mail of mails) {
      for (const geheim of [VOORNAAM, ACHTERNAAM, ADRES, ...kandidaten.map((k) => k.bsn), '1990-05-17', 'loonwaarde', 'doelgroepregister']) {
        expect(mail.html).not.toContain(geheim);
        expect(mail.text).not.toContain(geheim);
      }
      for (const k of kandidaten) expect(mail.html).toContain(`Interesse in ${k.code}`);
      expect(mail.html).toContain('&lt;b&gt;(0)&lt;/b&gt; &amp; help graag');
      expect(mail.html).not.toContain('<b>(0)</b>');
      expect(tokenUit(mail.html, 'interesse')).toHaveLength(3);
      expect(tokenUit(mail.html, 'afmelden')).toHaveLength(1);
    }
    const pdf = Buffer.from(mails[0].attachments[0].content, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = pdfTekst(pdf);
    for (const k of kandidaten) expect(tekst).toContain(k.code);
    expect(tekst).not.toContain(ACHTERNAAM);
    const { aanbodskrantPdf } = await app.gql.ok(`query($id: ID!) { aanbodskrantPdf(id: $id) { bestandsnaam grootte inhoudBase64 } }`, { id: editieId }, am);
    expect(aanbodskrantPdf.bestandsnaam).toMatch(/^aanbodskrant-2026-03-02-aanbod-maart\.pdf$/);
    expect(aanbodskrantPdf.inhoudBase64).toBe(mails[0].attachments[0].content);
  });

  it('changes nothing when the same edition is sent again, or its fan-out runs again', async () => {
    const { verstuurAanbodskrant } = await app.gql.ok(VERSTUUR, { id: editieId }, am);
    expect(verstuurAanbodskrant.status).toBe('VERZONDEN');
    const again = await app.get(AanbodskrantVerzending).fanOut(tenantId, editieId);
    expect(again).toEqual({ totaal: mails.length, ingepland: mails.length });
    // The mail lib itself refuses a second mail under a key it has queued before.
    const opnieuw = await app.db.transaction((manager) =>
      app.get(MailService).queueMany(manager, [{ tenantId, dedupeKey: mails[0].dedupe_key, to: mails[0].to_address, subject: 'x', html: 'x', text: 'x' }]),
    );
    expect(opnieuw).toEqual([]);
    await app.flushOutbox();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await aanbodskrantMails(editieId)).length).toBe(mails.length);
    expect(await app.gql.fails(WIJZIG, { id: editieId, input: { titel: 'Anders' } }, am)).toMatchObject({ code: 'CONFLICT' });
    // Sent candidates are no longer suggested.
    const { suggestiesVoorAanbodskrant } = await app.gql.ok(SUGGESTIES, { gemeenteId: tiel, first: 100 }, am);
    expect(suggestiesVoorAanbodskrant.map((s: any) => s.kandidaatId)).not.toContain(kandidaten[0].id);
  });

  it('turns a click on "interesse" into one voorstel for the accountmanager; a second click into none', async () => {
    const mail = mails[0];
    const contactId = mail.dedupe_key.slice(`aanbodskrant-${editieId}-`.length);
    const [token] = tokenUit(mail.html, 'interesse');
    // The landing page first shows what the link is about, without logging in.
    const [contact] = await app.db.query(`SELECT c.naam, c.email, w.naam AS werkgever FROM contactpersoon c JOIN werkgever w ON w.id = c.werkgever_id WHERE c.id = $1`, [contactId]);
    const vooraf = (await app.gql.ok(LINK, { token, doel: 'INTERESSE' })).aanbodskrantLink;
    expect(vooraf).toMatchObject({
      doel: 'INTERESSE',
      editieTitel: 'Aanbod <maart>',
      werkgeverNaam: contact.werkgever,
      contactpersoonNaam: contact.naam,
      email: contact.email,
      alGedaan: false,
      kaart: { code: kandidaten[0].code, pitch: expect.stringContaining('logistiek') },
    });
    expect(new Date(vooraf.geldigTot).getTime()).toBeGreaterThan(Date.now() + 59 * 24 * 3600 * 1000);
    const eerste = (await app.gql.ok(INTERESSE, { token })).toonInteresseViaLink;
    expect(eerste).toMatchObject({ kandidaatCode: kandidaten[0].code, nieuw: true });
    expect(eerste.voorstelId).toBeTruthy();
    const tweede = (await app.gql.ok(INTERESSE, { token })).toonInteresseViaLink;
    expect(tweede).toMatchObject({ kandidaatCode: kandidaten[0].code, nieuw: false, voorstelId: eerste.voorstelId });
    expect((await app.gql.ok(LINK, { token, doel: 'INTERESSE' })).aanbodskrantLink.alGedaan).toBe(true);

    const voorstellen = await app.db.query(
      `SELECT v.id, v.bron, v.status, v.accountmanager_id, w.accountmanager_id AS eigenaar, v.werkgever_id, c.werkgever_id AS contact_werkgever
       FROM voorstel v JOIN werkgever w ON w.id = v.werkgever_id JOIN contactpersoon c ON c.id = $2 WHERE v.kandidaat_id = $1`,
      [kandidaten[0].id, contactId],
    );
    expect(voorstellen).toHaveLength(1);
    expect(voorstellen[0]).toMatchObject({ id: eerste.voorstelId, bron: 'AANBODSKRANT', status: 'VOORGESTELD' });
    expect(voorstellen[0].werkgever_id).toBe(voorstellen[0].contact_werkgever);
    if (voorstellen[0].eigenaar) expect(voorstellen[0].accountmanager_id).toBe(voorstellen[0].eigenaar);
    const { aanbodskrant } = await app.gql.ok(`query($id: ID!) { aanbodskrant(id: $id) { aantalInteresses } }`, { id: editieId }, am);
    expect(aanbodskrant.aantalInteresses).toBe(1);
  });

  it('refuses a forged, expired or mismatched link and changes nothing', async () => {
    const [token] = tokenUit(mails[1].html, 'interesse');
    const [payload, sig] = token.split('.');
    const vervalst = `${payload.slice(0, -2)}${payload.endsWith('AA') ? 'AB' : 'AA'}.${sig}`;
    expect(await app.gql.fails(INTERESSE, { token: vervalst })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await app.gql.fails(INTERESSE, { token: 'onzin' })).message).toMatch(/ongeldig/);
    const contactId = mails[1].dedupe_key.slice(`aanbodskrant-${editieId}-`.length);
    const verlopen = app.get(AanbodskrantLinks).teken({
      doel: 'INTERESSE',
      editieId,
      contactpersoonId: contactId,
      kandidaatId: kandidaten[1].id,
      verlooptOp: new Date(Date.now() - 1000),
    });
    const fout = await app.gql.fails(INTERESSE, { token: verlopen });
    expect(fout).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(fout.message).toMatch(/verlopen/);
    expect(await app.gql.fails(LINK, { token: verlopen, doel: 'INTERESSE' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await app.gql.fails(LINK, { token: vervalst, doel: 'INTERESSE' })).code).toBe('UNAUTHENTICATED');
    const [afmelden] = tokenUit(mails[1].html, 'afmelden');
    expect((await app.gql.fails(INTERESSE, { token: afmelden })).code).toBe('UNAUTHENTICATED');
    expect((await app.gql.fails(LINK, { token: afmelden, doel: 'INTERESSE' })).code).toBe('UNAUTHENTICATED');
    // A candidate placed in the meantime: a clear error, nothing recorded.
    await app.db.query(`UPDATE kandidaat SET status = 'GEPLAATST', beschikbaar_sinds = NULL WHERE id = $1`, [kandidaten[2].id]);
    const geplaatst = tokenUit(mails[1].html, 'interesse')[2];
    expect((await app.gql.fails(INTERESSE, { token: geplaatst })).message).toMatch(/niet meer beschikbaar/);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM aanbodskrant_interesse`);
    expect(n).toBe(1);
  });

  it('unsubscribes through the link in the mail; the next edition skips that contact', async () => {
    const mail = mails[2];
    const contactId = mail.dedupe_key.slice(`aanbodskrant-${editieId}-`.length);
    const [token] = tokenUit(mail.html, 'afmelden');
    expect((await app.gql.ok(LINK, { token, doel: 'AFMELDEN' })).aanbodskrantLink).toMatchObject({ doel: 'AFMELDEN', kaart: null, alGedaan: false });
    expect((await app.gql.ok(AFMELDEN, { token })).meldAfVoorAanbodskrant).toMatchObject({ afgemeld: true, bericht: expect.stringMatching(/U bent afgemeld/) });
    expect((await app.gql.ok(AFMELDEN, { token })).meldAfVoorAanbodskrant.bericht).toMatch(/al afgemeld/);
    expect((await app.gql.ok(LINK, { token, doel: 'AFMELDEN' })).aanbodskrantLink.alGedaan).toBe(true);
    const [contact] = await app.db.query(`SELECT ontvangt_aanbodskrant, afgemeld_op FROM contactpersoon WHERE id = $1`, [contactId]);
    expect(contact.ontvangt_aanbodskrant).toBe(false);
    expect(contact.afgemeld_op).not.toBeNull();
    expect((await app.gql.fails(AFMELDEN, { token: `${token}x` })).code).toBe('UNAUTHENTICATED');

    const nieuw = await maakKandidaat(app, coach);
    const { maakAanbodskrant } = await app.gql.ok(
      MAAK,
      { input: { titel: 'Aanbod april', intro: '', publicatiedatum: '2026-04-06', kandidaatIds: [nieuw.id] } },
      am,
    );
    await verstuurEnWacht(maakAanbodskrant.id);
    const tweede = await aanbodskrantMails(maakAanbodskrant.id);
    expect(tweede.length).toBe(mails.length - 1);
    expect(tweede.map((m) => m.dedupe_key)).not.toContain(`aanbodskrant-${maakAanbodskrant.id}-${contactId}`);
  });

  it('keeps editions inside the tenant and away from employers', async () => {
    const { aanbodskranten } = await app.gql.ok(`{ aanbodskranten(first: 10) { totalCount } }`, {}, drenthe);
    expect(aanbodskranten.totalCount).toBe(0);
    expect((await app.gql.fails(VOORTGANG, { id: editieId }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(`query($id: ID!) { aanbodskrant(id: $id) { id } }`, { id: editieId }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VERSTUUR, { id: editieId }, drenthe)).code).toBe('NOT_FOUND');
    expect((await app.gql.fails(VOORTGANG, { id: editieId }, werkgever)).code).toBe('FORBIDDEN');
    expect((await app.gql.fails(`{ aanbodskranten(first: 10) { totalCount } }`, {}, jobhunter)).code).toBe('FORBIDDEN');
    const { aanbodskranten: eigen } = await app.gql.ok(`{ aanbodskranten(first: 10, status: VERZONDEN) { totalCount edges { node { id } } } }`, {}, am);
    expect(eigen.totalCount).toBe(2);
  });
});
