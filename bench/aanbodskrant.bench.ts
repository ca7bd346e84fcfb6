/**
 * Aanbodskrant benchmark: an edition of 30 candidates to 2,000 recipients, on a bench database made like the
 * tests make theirs (a clone of the migrated template, seeded; 2,000 subscribed contactpersonen added by SQL).
 * Prints JSON lines:
 *   - render: the edition's mail for every recipient rendered in-process (cards + signed links), and the PDF;
 *   - send:   `verstuurAanbodskrant` through GraphQL with the worker running in this process: time until all
 *             2,000 mails are queued (fan-out job done: rendered and enqueued) and until all are sent, and
 *             the exactly-once check (one mail per recipient, also after sending again and re-running the fan-out).
 *
 *   node -r @swc-node/register bench/aanbodskrant.bench.ts      (or: npm run bench -- aanbodskrant)
 */
import 'reflect-metadata';
import { AanbodKaart, AanbodskrantLinks, AanbodskrantVerzending, aanbodskrantMailSjabloon, renderAanbodskrantPdf } from '@matchpunt/aanbodskrant';
import { cpus, loadavg } from 'node:os';
import globalSetup from '../tests/support/global-setup';
import { startTestApp, TestApp } from '../tests/support/test-app';
import { emit } from './support/emit';

const ONTVANGERS = Number(process.env.BENCH_ONTVANGERS ?? 2000);
const KANDIDATEN = 30;
const TIMEOUT_MS = 10 * 60 * 1000;

async function main() {
  await globalSetup();
  const app = await startTestApp({ werkgevers: 40, vacatures: 10, kandidaten: 150 });
  try {
    const tenantId = app.seed.id('tenant', 'rivierenland');
    const am = await app.gql.login('accountmanager@werkzaak.demo');
    const kandidaatIds = await kiesKandidaten(app, tenantId);
    await zetOntvangers(app, tenantId);

    const { maakAanbodskrant } = await app.gql.ok(
      `mutation($input: AanbodskrantInput!) { maakAanbodskrant(input: $input) { id kandidaten { kandidaatId code regio pitch beroepswensen vaardigheden urenMin urenMax beschikbaarheid rijbewijs instrumenten } } }`,
      { input: { titel: 'Aanbodskrant benchmark', intro: 'Dertig kandidaten die nu beschikbaar zijn.\n\nReageer via de knop.', publicatiedatum: '2026-03-02', kandidaatIds } },
      am,
    );
    await renderFiguren(app, maakAanbodskrant.id, maakAanbodskrant.kandidaten);
    await sendFiguren(app, am, tenantId, maakAanbodskrant.id);
  } finally {
    await app.close();
  }
}

/** In-process: the mail for every recipient (shared part once, links per recipient) and the PDF. */
async function renderFiguren(app: TestApp, editieId: string, kaarten: AanbodKaart[]) {
  const links = app.get(AanbodskrantLinks).voorEditie(editieId, new Date());
  const contacten: { id: string; naam: string }[] = await app.db.query(`SELECT id, naam FROM contactpersoon WHERE email LIKE 'bench-%' ORDER BY id`);
  const t0 = performance.now();
  const sjabloon = aanbodskrantMailSjabloon({ organisatie: 'Werkzaak Rivierenland', titel: 'Aanbodskrant benchmark', intro: 'Dertig kandidaten.', publicatiedatum: '2026-03-02', kaarten });
  let bytes = 0;
  for (const c of contacten) {
    const mail = sjabloon({ naam: c.naam, interesseUrl: (k) => links.interesseUrl(c.id, k), afmeldUrl: links.afmeldUrl(c.id) });
    bytes += mail.html.length + mail.text.length;
  }
  const renderMs = performance.now() - t0;
  const t1 = performance.now();
  const pdf = await renderAanbodskrantPdf({ organisatie: 'Werkzaak Rivierenland', titel: 'Aanbodskrant benchmark', intro: 'Dertig kandidaten.', publicatiedatum: '2026-03-02', verzondenOp: new Date(), kaarten });
  emit({
    bench: 'aanbodskrant',
    case: 'render',
    candidates: kaarten.length,
    recipients: contacten.length,
    renderAllMailsMs: round(renderMs),
    perMailUs: round((renderMs * 1000) / contacten.length),
    avgMailKb: round(bytes / contacten.length / 1024),
    pdfMs: round(performance.now() - t1),
    pdfKb: round(pdf.length / 1024),
    ...machine(),
  });
}

/** Through the API with the worker running: queued (fan-out done) and sent, then the exactly-once checks. */
async function sendFiguren(app: TestApp, am: string, tenantId: string, editieId: string) {
  await app.startWorker();
  const t0 = performance.now();
  await app.gql.ok(`mutation($id: ID!) { verstuurAanbodskrant(id: $id) { status } }`, { id: editieId }, am);
  const verstuurMs = performance.now() - t0;
  await app.flushOutbox();
  let ingeplandMs = 0;
  let verzondenMs = 0;
  let voortgangPolls = 0;
  while (performance.now() - t0 < TIMEOUT_MS) {
    const [{ ingepland, totaal }] = await app.db.query(`SELECT ingepland, ontvangers_totaal AS totaal FROM aanbodskrant_editie WHERE id = $1`, [editieId]);
    const [{ verzonden }] = await app.db.query(`SELECT count(*)::int AS verzonden FROM mail_outbox WHERE dedupe_key LIKE $1 AND status = 'VERZONDEN'`, [
      `aanbodskrant-${editieId}-%`,
    ]);
    if (!ingeplandMs && totaal !== null && ingepland >= totaal) ingeplandMs = performance.now() - t0;
    if (totaal !== null && verzonden >= totaal) {
      verzondenMs = performance.now() - t0;
      break;
    }
    voortgangPolls++;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!verzondenMs) throw new Error('not all mails were sent within the time limit');
  const { aanbodskrantVoortgang } = await app.gql.ok(`query($id: ID!) { aanbodskrantVoortgang(id: $id) { totaal ingepland verzonden klaar taak } }`, { id: editieId }, am);

  const eenmaal = async () => {
    const [telling] = await app.db.query(
      `SELECT count(*)::int AS ontvangers,
              count(*) FILTER (WHERE n = 1)::int AS precies_een,
              coalesce(sum(n), 0)::int AS mails,
              (SELECT count(*)::int FROM mail_outbox WHERE dedupe_key LIKE $2) AS mails_van_editie
       FROM (SELECT c.id, count(m.id) AS n FROM contactpersoon c
             LEFT JOIN mail_outbox m ON m.dedupe_key = 'aanbodskrant-' || $1 || '-' || c.id
             WHERE c.tenant_id = $3 AND c.ontvangt_aanbodskrant AND c.afgemeld_op IS NULL GROUP BY c.id) per_ontvanger`,
      [editieId, `aanbodskrant-${editieId}-%`, tenantId],
    );
    return telling as { ontvangers: number; precies_een: number; mails: number; mails_van_editie: number };
  };
  const na = await eenmaal();
  // Sending again and running the fan-out again change nothing.
  await app.gql.ok(`mutation($id: ID!) { verstuurAanbodskrant(id: $id) { status } }`, { id: editieId }, am);
  await app.get(AanbodskrantVerzending).fanOut(tenantId, editieId);
  await app.flushOutbox();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const opnieuw = await eenmaal();
  const exactlyOnce = na.ontvangers === ONTVANGERS && na.precies_een === ONTVANGERS && na.mails_van_editie === ONTVANGERS && opnieuw.mails_van_editie === ONTVANGERS;
  emit({
    bench: 'aanbodskrant',
    case: 'send',
    candidates: KANDIDATEN,
    recipients: na.ontvangers,
    mutationMs: round(verstuurMs),
    renderAndEnqueueMs: round(ingeplandMs),
    allSentMs: round(verzondenMs),
    mailsPerS: round(ONTVANGERS / (verzondenMs / 1000)),
    mails: na.mails_van_editie,
    recipientsWithExactlyOne: na.precies_een,
    mailsAfterResend: opnieuw.mails_van_editie,
    exactlyOnce,
    progress: aanbodskrantVoortgang,
    polls: voortgangPolls,
    ...machine(),
  });
  if (!exactlyOnce) throw new Error(`exactly-once check failed: ${JSON.stringify({ na, opnieuw })}`);
}

/** 30 BESCHIKBAAR candidates of the tenant. */
async function kiesKandidaten(app: TestApp, tenantId: string): Promise<string[]> {
  const rows: { id: string }[] = await app.db.query(`SELECT id FROM kandidaat WHERE tenant_id = $1 AND status = 'BESCHIKBAAR' ORDER BY code LIMIT $2`, [tenantId, KANDIDATEN]);
  if (rows.length < KANDIDATEN) throw new Error(`only ${rows.length} available candidates seeded`);
  return rows.map((row) => row.id);
}

/** Exactly ONTVANGERS subscribed contactpersonen: the seeded ones off, then new ones spread over the werkgevers. */
async function zetOntvangers(app: TestApp, tenantId: string): Promise<void> {
  await app.db.query(`UPDATE contactpersoon SET ontvangt_aanbodskrant = false WHERE tenant_id = $1`, [tenantId]);
  await app.db.query(
    `INSERT INTO contactpersoon (tenant_id, werkgever_id, naam, functie, email, ontvangt_aanbodskrant)
     SELECT $1, w.ids[1 + (n % cardinality(w.ids))], 'Contactpersoon ' || n, 'HR-adviseur', 'bench-' || n || '@werkgever.test', true
     FROM generate_series(1, $2) AS n, (SELECT array_agg(id ORDER BY id) AS ids FROM werkgever WHERE tenant_id = $1) w`,
    [tenantId, ONTVANGERS],
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function machine() {
  return { cpus: cpus().length, load1: round(loadavg()[0]) };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
