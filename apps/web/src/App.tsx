import type { ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import type { Rol } from './api/operations';
import { useAuth } from './auth/AuthProvider';
import { Layout } from './components/Layout';
import { Loading } from './components/Loading';
import { PageHeading } from './components/PageHeading';
import { t } from './i18n/nl';
import { CalculatiePage } from './pages/CalculatiePage';
import { GebruikerToevoegenPage } from './pages/GebruikerToevoegenPage';
import { HomePage } from './pages/home/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { WachtwoordInstellenPage } from './pages/WachtwoordInstellenPage';
import { WachtwoordVergetenPage } from './pages/WachtwoordVergetenPage';
import { ZoekindexPage } from './pages/ZoekindexPage';
import { AanbodskrantenPage } from './pages/aanbodskrant/AanbodskrantenPage';
import { AanbodskrantNieuwPage } from './pages/aanbodskrant/AanbodskrantNieuwPage';
import { AanbodskrantPage } from './pages/aanbodskrant/AanbodskrantPage';
import { KansenPage } from './pages/functiecreatie/KansenPage';
import { KansPage } from './pages/functiecreatie/KansPage';
import { KandidaatPage } from './pages/kandidaten/KandidaatPage';
import { KandidatenPage } from './pages/kandidaten/KandidatenPage';
import { StafKandidaatPage } from './pages/kandidaten/StafKandidaatPage';
import { StafKandidatenPage } from './pages/kandidaten/StafKandidatenPage';
import { VacatureNieuwPage } from './pages/vacatures/VacatureNieuwPage';
import { VacaturePage } from './pages/vacatures/VacaturePage';
import { VacaturesPage } from './pages/vacatures/VacaturesPage';
import { VacatureWijzigenPage } from './pages/vacatures/VacatureWijzigenPage';
import { PijplijnPage } from './pages/voorstellen/PijplijnPage';
import { VoorstelPage } from './pages/voorstellen/VoorstelPage';
import { VoorstellenPage } from './pages/voorstellen/VoorstellenPage';
import { MijnOrganisatiePage } from './pages/werkgevers/MijnOrganisatiePage';
import { WerkgeverPage } from './pages/werkgevers/WerkgeverPage';
import { WerkgeversPage } from './pages/werkgevers/WerkgeversPage';
import { STAF } from './navigation/menu';

const PLAATSERS: readonly Rol[] = ['WERKGEVER', 'ACCOUNTMANAGER', 'ADMIN'];
const FUNCTIECREATIE: readonly Rol[] = ['JOBHUNTER', 'ACCOUNTMANAGER', 'ADMIN'];
const AANBODSKRANT: readonly Rol[] = ['ACCOUNTMANAGER', 'ADMIN'];

export function App() {
  return (
    <Routes>
      <Route element={<PublicShell />}>
        <Route path="/inloggen" element={<LoginPage />} />
        <Route path="/wachtwoord-vergeten" element={<WachtwoordVergetenPage />} />
        <Route path="/wachtwoord" element={<WachtwoordInstellenPage />} />
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
        <Route path="/kandidaten/:id" element={<PerRol werkgever={<KandidaatPage />} staf={<StafKandidaatPage />} />} />
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
          path="/werkgevers/:id"
          element={
            <RequireRole roles={STAF}>
              <WerkgeverPage />
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
      <Outlet />
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
      <Outlet />
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
