import { lazy, Suspense, useState } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { ImportPage } from '../dtsen/ImportPage';
import { HouseholdList } from '../households/HouseholdList';
import { HouseholdPage } from '../households/HouseholdPage';
import { MeetingList } from '../meetings/MeetingList';
import { MeetingModePage } from '../meetings/mode/MeetingModePage';
import { MeetingPage } from '../meetings/MeetingPage';
import { NewMeetingPage } from '../meetings/NewMeetingPage';
import { OperatorScreen } from '../setup/OperatorScreen';
import { SettingsForm } from '../setup/SettingsForm';
import { KeysPanel } from '../setup/KeysPanel';
import { VerifyPage } from '../packages/VerifyPage';
import { WorklistPage } from '../worklist/WorklistPage';
import { FolderPanel } from '../vault/FolderPanel';
import { BackupPanel } from '../backup/BackupPanel';
import { VaultGate } from '../vault/VaultGate';
import { ErrorBanner } from '../ui/ErrorBanner';
import { hrefFor, useRoute } from './route';
import type { Route } from './route';
import { useLoad } from './useLoad';

// The Rekap's chart library is loaded the first time the page opens, not with the rest of the app.
const RekapPage = lazy(() => import('../rekap/RekapPage').then((m) => ({ default: m.RekapPage })));

function NavLink({ to, current, label }: { to: Route; current: Route; label: string }) {
  const active = current.page.split('-')[0] === to.page.replace(/s$/, '') || current.page === to.page;
  return (
    <a href={hrefFor(to)} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}

interface Boot {
  settings: Settings | null;
  operator: string | null;
  knownOperators: string[];
}

/** Everything behind the lock: who operates, the kelurahan's settings, then the app itself. */
function Workspace() {
  const [boot, reload] = useLoad<Boot>(async () => {
    const [settings, session] = await Promise.all([call('settings.get', {}), call('session.get', {})]);
    return { settings, operator: session.operator, knownOperators: session.knownOperators };
  }, '');
  const [switching, setSwitching] = useState(false);
  const route = useRoute();

  if (boot.state === 'loading') return <p className="page muted">Memuat…</p>;
  if (boot.state === 'failed') return <ErrorBanner page message={boot.message} />;

  const { settings, operator, knownOperators } = boot.value;
  if (!operator || switching) {
    return (
      <OperatorScreen
        known={knownOperators}
        onChosen={() => {
          setSwitching(false);
          reload();
        }}
      />
    );
  }
  if (!settings) {
    return (
      <main className="setup">
        <h1>Selamat datang di Muskel</h1>
        <p className="lead">
          Sebelum mulai, pilih kelurahan Anda dari daftar resmi Kemendagri dan isi nama pejabat yang menandatangani berita acara.
          Data ini dapat diubah kemudian di menu Pengaturan.
        </p>
        <SettingsForm initial={null} onSaved={reload} />
      </main>
    );
  }
  if (route.page === 'meeting-mode') return <MeetingModePage id={route.id} />;

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>Muskel</strong>
          <span>Kelurahan {settings.village.name} · Kec. {settings.village.districtName} · {settings.village.regencyName}</span>
        </div>
        <nav>
          <NavLink to={{ page: 'households' }} current={route} label="Keluarga" />
          <NavLink to={{ page: 'worklist' }} current={route} label="Daftar Periksa" />
          <NavLink to={{ page: 'meetings' }} current={route} label="Musyawarah" />
          <NavLink to={{ page: 'rekap' }} current={route} label="Rekap" />
          <NavLink to={{ page: 'verify' }} current={route} label="Periksa Paket" />
          <NavLink to={{ page: 'settings' }} current={route} label="Pengaturan" />
        </nav>
        <span className="spacer" />
        <span className="operator">
          Operator: <strong data-testid="operator">{operator}</strong>{' '}
          <button type="button" className="link light" onClick={() => setSwitching(true)}>
            ganti
          </button>
        </span>
      </header>
      <main>
        {route.page === 'households' ? <HouseholdList /> : null}
        {route.page === 'household-new' ? <HouseholdPage id={null} kelurahanCode={settings.kelurahanCode} /> : null}
        {route.page === 'household-import' ? <ImportPage /> : null}
        {route.page === 'household-edit' ? <HouseholdPage key={route.id} id={route.id} kelurahanCode={settings.kelurahanCode} /> : null}
        {route.page === 'meetings' ? <MeetingList /> : null}
        {route.page === 'meeting-new' ? <NewMeetingPage settings={settings} /> : null}
        {route.page === 'meeting' ? <MeetingPage key={route.id} id={route.id} tab={route.tab} settings={settings} /> : null}
        {route.page === 'settings' ? (
          <section className="page">
            <h1>Pengaturan</h1>
            <SettingsForm initial={settings} onSaved={reload} />
            <h2 id="folder-data">Folder data</h2>
            <FolderPanel />
            <h2 id="cadangan">Cadangan</h2>
            <BackupPanel />
            <h2 id="kunci">Kunci</h2>
            <KeysPanel />
          </section>
        ) : null}
        {route.page === 'worklist' ? <WorklistPage /> : null}
        {route.page === 'rekap' ? (
          <Suspense fallback={<p className="page muted">Memuat…</p>}>
            <RekapPage settings={settings} />
          </Suspense>
        ) : null}
        {route.page === 'verify' ? <VerifyPage /> : null}
      </main>
    </div>
  );
}

export function App() {
  return (
    <VaultGate>
      <Workspace />
    </VaultGate>
  );
}
