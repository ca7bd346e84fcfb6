import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import type { Rol } from './api/operations';
import { useAuth } from './auth/AuthProvider';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { PageHeading } from './components/PageHeading';
import { t } from './i18n/nl';
import { LoginPage } from './pages/LoginPage';
import { STAF } from './navigation/menu';
import { KENNISSESSIE_ORGANISATOREN } from './pages/kennissessies/rollen';
import { ORGANISATOREN as SPEEDDATE_ORGANISATOREN, SPEEDDATE_ROLLEN } from './pages/speeddates/rollen';
import { SROI_BEHEERDERS } from './pages/sroi/rollen';

/** Each screen is its own chunk, loaded on its first visit, so the portal starts fast on a phone. */
function page<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const CalculatiePage = page(() => import('./pages/CalculatiePage'), 'CalculatiePage');
const GebruikerToevoegenPage = page(() => import('./pages/GebruikerToevoegenPage'), 'GebruikerToevoegenPage');
const HomePage = page(() => import('./pages/home/HomePage'), 'HomePage');
const NotFoundPage = page(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const WachtwoordInstellenPage = page(() => import('./pages/WachtwoordInstellenPage'), 'WachtwoordInstellenPage');
const WachtwoordVergetenPage = page(() => import('./pages/WachtwoordVergetenPage'), 'WachtwoordVergetenPage');
const ZoekindexPage = page(() => import('./pages/ZoekindexPage'), 'ZoekindexPage');
const RapportagesPage = page(() => import('./pages/rapportages/RapportagesPage'), 'RapportagesPage');
const AanbodskrantenPage = page(() => import('./pages/aanbodskrant/AanbodskrantenPage'), 'AanbodskrantenPage');
const AanbodskrantLinkPage = page(() => import('./pages/aanbodskrant/AanbodskrantLinkPage'), 'AanbodskrantLinkPage');
const AanbodskrantNieuwPage = page(() => import('./pages/aanbodskrant/AanbodskrantNieuwPage'), 'AanbodskrantNieuwPage');
const AanbodskrantPage = page(() => import('./pages/aanbodskrant/AanbodskrantPage'), 'AanbodskrantPage');
const KansenPage = page(() => import('./pages/functiecreatie/KansenPage'), 'KansenPage');
const KansPage = page(() => import('./pages/functiecreatie/KansPage'), 'KansPage');
const JobdateBoekingPage = page(() => import('./pages/jobdates/JobdateBoekingPage'), 'JobdateBoekingPage');
const JobdatesPage = page(() => import('./pages/jobdates/JobdatesPage'), 'JobdatesPage');
const KennissessieNieuwPage = page(
  () => import('./pages/kennissessies/KennissessieNieuwPage'),
  'KennissessieNieuwPage',
);
const KennissessiePage = page(() => import('./pages/kennissessies/KennissessiePage'), 'KennissessiePage');
const KennissessiesPage = page(() => import('./pages/kennissessies/KennissessiesPage'), 'KennissessiesPage');
const KandidaatPage = page(() => import('./pages/kandidaten/KandidaatPage'), 'KandidaatPage');
const KandidatenPage = page(() => import('./pages/kandidaten/KandidatenPage'), 'KandidatenPage');
const KandidaatNieuwPage = page(() => import('./pages/kandidaten/KandidaatNieuwPage'), 'KandidaatNieuwPage');
const KandidaatWijzigenPage = page(() => import('./pages/kandidaten/KandidaatWijzigenPage'), 'KandidaatWijzigenPage');
const StafKandidaatPage = page(() => import('./pages/kandidaten/StafKandidaatPage'), 'StafKandidaatPage');
const StafKandidatenPage = page(() => import('./pages/kandidaten/StafKandidatenPage'), 'StafKandidatenPage');
const SpeeddateNieuwPage = page(() => import('./pages/speeddates/SpeeddateNieuwPage'), 'SpeeddateNieuwPage');
const SpeeddateDetailPage = page(() => import('./pages/speeddates/SpeeddateDetailPage'), 'SpeeddateDetailPage');
const SpeeddatesPage = page(() => import('./pages/speeddates/SpeeddatesPage'), 'SpeeddatesPage');
const VacatureNieuwPage = page(() => import('./pages/vacatures/VacatureNieuwPage'), 'VacatureNieuwPage');
const VacaturePage = page(() => import('./pages/vacatures/VacaturePage'), 'VacaturePage');
const VacaturesPage = page(() => import('./pages/vacatures/VacaturesPage'), 'VacaturesPage');
const VacatureWijzigenPage = page(() => import('./pages/vacatures/VacatureWijzigenPage'), 'VacatureWijzigenPage');
const PsoPage = page(() => import('./pages/pso/PsoPage'), 'PsoPage');
const PsoStafPage = page(() => import('./pages/pso/PsoPage'), 'PsoStafPage');
const SroiOverzichtPage = page(() => import('./pages/sroi/SroiOverzichtPage'), 'SroiOverzichtPage');
const SroiVerplichtingNieuwPage = page(
  () => import('./pages/sroi/SroiVerplichtingNieuwPage'),
  'SroiVerplichtingNieuwPage',
);
const SroiVerplichtingPage = page(() => import('./pages/sroi/SroiVerplichtingPage'), 'SroiVerplichtingPage');
const SroiWerkgeverPage = page(() => import('./pages/sroi/SroiWerkgeverPage'), 'SroiWerkgeverPage');
const PijplijnPage = page(() => import('./pages/voorstellen/PijplijnPage'), 'PijplijnPage');
const VoorstelPage = page(() => import('./pages/voorstellen/VoorstelPage'), 'VoorstelPage');
const VoorstellenPage = page(() => import('./pages/voorstellen/VoorstellenPage'), 'VoorstellenPage');
const MijnOrganisatiePage = page(() => import('./pages/werkgevers/MijnOrganisatiePage'), 'MijnOrganisatiePage');
const WerkgeverNieuwPage = page(() => import('./pages/werkgevers/WerkgeverNieuwPage'), 'WerkgeverNieuwPage');
const WerkgeverPage = page(() => import('./pages/werkgevers/WerkgeverPage'), 'WerkgeverPage');
const WerkgeversPage = page(() => import('./pages/werkgevers/WerkgeversPage'), 'WerkgeversPage');

const PLAATSERS: readonly Rol[] = ['WERKGEVER', 'ACCOUNTMANAGER', 'ADMIN'];
const FUNCTIECREATIE: readonly Rol[] = ['JOBHUNTER', 'ACCOUNTMANAGER', 'ADMIN'];
const AANBODSKRANT: readonly Rol[] = ['ACCOUNTMANAGER', 'ADMIN'];
/** Employers publish times; werkcoaches (and ADMIN) book them (boekJobdate). */
const JOBDATES: readonly Rol[] = ['WERKGEVER', 'WERKCOACH', 'ADMIN'];
const KENNISSESSIES: readonly Rol[] = ['WERKGEVER', 'ACCOUNTMANAGER', 'ADMIN'];
/** maakWerkgever; maakKandidaat and wijzigKandidaat (an admin names the werkcoach of a new kandidaat). */
const WERKGEVER_BEHEER: readonly Rol[] = ['ACCOUNTMANAGER', 'ADMIN'];
const KANDIDAAT_BEHEER: readonly Rol[] = ['WERKCOACH', 'ADMIN'];

export function App() {
  return (
    <Routes>
      <Route element={<PublicShell />}>
        <Route path="/inloggen" element={<LoginPage />} />
        <Route path="/wachtwoord-vergeten" element={<WachtwoordVergetenPage />} />
        <Route path="/wachtwoord" element={<WachtwoordInstellenPage />} />
        <Route path="/aanbodskrant/interesse" element={<AanbodskrantLinkPage doel="INTERESSE" />} />
        <Route path="/aanbodskrant/afmelden" element={<AanbodskrantLinkPage doel="AFMELDEN" />} />
      </Route>
      <Route element={<SignedInShell />}>
        <Route index element={<HomePage />} />
        <Route
          path="/gebruikers/nieuw"
          element={
            <RequireRole roles={['ADMIN']}>
              <GebruikerToevoegenPage />
            </RequireRole>
          }
        />
        <Route
          path="/zoekindex"
          element={
            <RequireRole roles={['ADMIN']}>
              <ZoekindexPage />
            </RequireRole>
          }
        />
        <Route
          path="/rapportages"
          element={
            <RequireRole roles={STAF}>
              <RapportagesPage />
            </RequireRole>
          }
        />
        <Route path="/vacatures" element={<VacaturesPage />} />
        <Route
          path="/vacatures/nieuw"
          element={
            <RequireRole roles={PLAATSERS}>
              <VacatureNieuwPage />
            </RequireRole>
          }
        />
        <Route path="/vacatures/:id" element={<VacaturePage />} />
        <Route
          path="/vacatures/:id/wijzigen"
          element={
            <RequireRole roles={PLAATSERS}>
              <VacatureWijzigenPage />
            </RequireRole>
          }
        />
        <Route
          path="/organisatie"
          element={
            <RequireRole roles={['WERKGEVER']}>
              <MijnOrganisatiePage />
            </RequireRole>
          }
        />
        <Route path="/kandidaten" element={<PerRol werkgever={<KandidatenPage />} staf={<StafKandidatenPage />} />} />
        <Route
          path="/kandidaten/nieuw"
          element={
            <RequireRole roles={KANDIDAAT_BEHEER}>
              <KandidaatNieuwPage />
            </RequireRole>
          }
        />
        <Route path="/kandidaten/:id" element={<PerRol werkgever={<KandidaatPage />} staf={<StafKandidaatPage />} />} />
        <Route
          path="/kandidaten/:id/wijzigen"
          element={
            <RequireRole roles={KANDIDAAT_BEHEER}>
              <KandidaatWijzigenPage />
            </RequireRole>
          }
        />
        <Route
          path="/voorstellen"
          element={
            <RequireRole roles={['WERKGEVER']}>
              <VoorstellenPage />
            </RequireRole>
          }
        />
        <Route
          path="/voorstellen/:id"
          element={
            <RequireRole roles={['WERKGEVER']}>
              <VoorstelPage />
            </RequireRole>
          }
        />
        <Route
          path="/pijplijn"
          element={
            <RequireRole roles={STAF}>
              <PijplijnPage />
            </RequireRole>
          }
        />
        <Route
          path="/functiecreatie"
          element={
            <RequireRole roles={FUNCTIECREATIE}>
              <KansenPage />
            </RequireRole>
          }
        />
        <Route
          path="/functiecreatie/:id"
          element={
            <RequireRole roles={FUNCTIECREATIE}>
              <KansPage />
            </RequireRole>
          }
        />
        <Route
          path="/aanbodskrant"
          element={
            <RequireRole roles={AANBODSKRANT}>
              <AanbodskrantenPage />
            </RequireRole>
          }
        />
        <Route
          path="/aanbodskrant/nieuw"
          element={
            <RequireRole roles={AANBODSKRANT}>
              <AanbodskrantNieuwPage />
            </RequireRole>
          }
        />
        <Route
          path="/aanbodskrant/:id"
          element={
            <RequireRole roles={AANBODSKRANT}>
              <AanbodskrantPage />
            </RequireRole>
          }
        />
        <Route
          path="/speeddates"
          element={
            <RequireRole roles={SPEEDDATE_ROLLEN}>
              <SpeeddatesPage />
            </RequireRole>
          }
        />
        <Route
          path="/speeddates/nieuw"
          element={
            <RequireRole roles={SPEEDDATE_ORGANISATOREN}>
              <SpeeddateNieuwPage />
            </RequireRole>
          }
        />
        <Route
          path="/speeddates/:id"
          element={
            <RequireRole roles={SPEEDDATE_ROLLEN}>
              <SpeeddateDetailPage />
            </RequireRole>
          }
        />
        <Route
          path="/groepsplaatsing"
          element={
            <RequireRole roles={['WERKGEVER']}>
              <CalculatiePage />
            </RequireRole>
          }
        />
        <Route
          path="/werkgevers"
          element={
            <RequireRole roles={STAF}>
              <WerkgeversPage />
            </RequireRole>
          }
        />
        <Route
          path="/werkgevers/nieuw"
          element={
            <RequireRole roles={WERKGEVER_BEHEER}>
              <WerkgeverNieuwPage />
            </RequireRole>
          }
        />
        <Route
          path="/werkgevers/:id"
          element={
            <RequireRole roles={STAF}>
              <WerkgeverPage />
            </RequireRole>
          }
        />
        <Route
          path="/jobdates"
          element={
            <RequireRole roles={JOBDATES}>
              <JobdatesPage />
            </RequireRole>
          }
        />
        <Route
          path="/jobdates/boekingen/:id"
          element={
            <RequireRole roles={JOBDATES}>
              <JobdateBoekingPage />
            </RequireRole>
          }
        />
        <Route
          path="/kennissessies"
          element={
            <RequireRole roles={KENNISSESSIES}>
              <KennissessiesPage />
            </RequireRole>
          }
        />
        <Route
          path="/kennissessies/nieuw"
          element={
            <RequireRole roles={KENNISSESSIE_ORGANISATOREN}>
              <KennissessieNieuwPage />
            </RequireRole>
          }
        />
        <Route
          path="/kennissessies/:id"
          element={
            <RequireRole roles={KENNISSESSIES}>
              <KennissessiePage />
            </RequireRole>
          }
        />
        {/* SROI: everyone reads (a werkgever its own), ACCOUNTMANAGER/ADMIN record (maakSroiVerplichting). */}
        <Route path="/sroi" element={<PerRol werkgever={<SroiWerkgeverPage />} staf={<SroiOverzichtPage />} />} />
        <Route
          path="/sroi/nieuw"
          element={
            <RequireRole roles={SROI_BEHEERDERS}>
              <SroiVerplichtingNieuwPage />
            </RequireRole>
          }
        />
        <Route path="/sroi/:id" element={<SroiVerplichtingPage />} />
        <Route
          path="/pso"
          element={
            <RequireRole roles={['WERKGEVER']}>
              <PsoPage />
            </RequireRole>
          }
        />
        <Route
          path="/werkgevers/:id/pso"
          element={
            <RequireRole roles={STAF}>
              <PsoStafPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Pages for signed-out users; a signed-in user keeps the menu. */
function PublicShell() {
  const { state, signOut } = useAuth();
  return (
    <Layout user={state.status === 'in' ? state.user : undefined} onSignOut={() => void signOut()}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Layout>
  );
}

/** Everything else needs a signed-in user; without one, the login page (which returns here afterwards). */
function SignedInShell() {
  const { state, signOut } = useAuth();
  const location = useLocation();
  if (state.status === 'laden') {
    return (
      <Layout>
        <Loading />
      </Layout>
    );
  }
  if (state.status === 'fout') {
    return (
      <Layout>
        <PageHeading>{t.fouten.samenvatting}</PageHeading>
        <p>{t.fouten.geenVerbinding}</p>
        <button type="button" className="button" onClick={state.retry}>
          {t.login.knop}
        </button>
      </Layout>
    );
  }
  if (state.status === 'uit') {
    const from = state.reason === 'uitgelogd' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/inloggen" replace state={{ from }} />;
  }
  return (
    <Layout user={state.user} onSignOut={() => void signOut()}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Layout>
  );
}

/** One address, a different screen for employers (anonymised cards) and for staff. */
function PerRol({ werkgever, staf }: { werkgever: ReactNode; staf: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== 'in') return null;
  return <>{state.user.rol === 'WERKGEVER' ? werkgever : staf}</>;
}

function RequireRole({ roles, children }: { roles: readonly Rol[]; children: ReactNode }) {
  const { state } = useAuth();
  if (state.status === 'in' && roles.includes(state.user.rol)) return <>{children}</>;
  return (
    <>
      <PageHeading>{t.fouten.geenToegang}</PageHeading>
    </>
  );
}
