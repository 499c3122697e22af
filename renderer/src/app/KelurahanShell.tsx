import { lazy, Suspense } from 'react';
import { AnswersPage } from '../answers/AnswersPage';
import type { Settings } from '../../../shared/settings/schema';
import { ImportPage } from '../dtsen/ImportPage';
import { HouseholdList } from '../households/HouseholdList';
import { HouseholdPage } from '../households/HouseholdPage';
import { MeetingList } from '../meetings/MeetingList';
import { MeetingModePage } from '../meetings/mode/MeetingModePage';
import { MeetingPage } from '../meetings/MeetingPage';
import { NewMeetingPage } from '../meetings/NewMeetingPage';
import { SettingsForm } from '../setup/SettingsForm';
import { KeysPanel } from '../setup/KeysPanel';
import { VerifyPage } from '../packages/VerifyPage';
import { WorklistPage } from '../worklist/WorklistPage';
import { NavLink } from './NavLink';
import { SettingsPage } from './SettingsPage';
import { ShellFrame } from './ShellFrame';
import { DINSOS_PAGES, useRoute } from './route';

// The Rekap's chart library is loaded the first time the page opens, not with the rest of the app.
const RekapPage = lazy(() => import('../rekap/RekapPage').then((m) => ({ default: m.RekapPage })));

interface KelurahanShellProps {
  settings: Settings;
  operator: string;
  onSwitchOperator: () => void;
  onSettingsSaved: () => void;
}

/** A kelurahan's folder: families, the Daftar periksa, meetings, the Rekap, Dinsos' answers and the package check. */
export function KelurahanShell({ settings, operator, onSwitchOperator, onSettingsSaved }: KelurahanShellProps) {
  const current = useRoute();
  // A Dinsos address typed into a kelurahan's window lands on the family list.
  const route = DINSOS_PAGES.includes(current.page) && current.page !== 'settings' ? { page: 'households' as const } : current;
  if (route.page === 'meeting-mode') return <MeetingModePage id={route.id} />;

  return (
    <ShellFrame
      brand={<span>Kelurahan {settings.village.name} · Kec. {settings.village.districtName} · {settings.village.regencyName}</span>}
      nav={
        <>
          <NavLink to={{ page: 'households' }} current={route} label="Keluarga" />
          <NavLink to={{ page: 'worklist' }} current={route} label="Daftar Periksa" />
          <NavLink to={{ page: 'meetings' }} current={route} label="Musyawarah" />
          <NavLink to={{ page: 'rekap' }} current={route} label="Rekap" />
          <NavLink to={{ page: 'answers' }} current={route} label="Tanggapan Dinsos" />
          <NavLink to={{ page: 'verify' }} current={route} label="Periksa Paket" />
          <NavLink to={{ page: 'settings' }} current={route} label="Pengaturan" />
        </>
      }
      operator={operator}
      onSwitchOperator={onSwitchOperator}
    >
      {route.page === 'households' ? <HouseholdList /> : null}
      {route.page === 'household-new' ? <HouseholdPage id={null} kelurahanCode={settings.kelurahanCode} /> : null}
      {route.page === 'household-import' ? <ImportPage /> : null}
      {route.page === 'household-edit' ? <HouseholdPage key={route.id} id={route.id} kelurahanCode={settings.kelurahanCode} /> : null}
      {route.page === 'meetings' ? <MeetingList /> : null}
      {route.page === 'meeting-new' ? <NewMeetingPage settings={settings} /> : null}
      {route.page === 'meeting' ? <MeetingPage key={route.id} id={route.id} tab={route.tab} settings={settings} /> : null}
      {route.page === 'settings' ? <SettingsPage form={<SettingsForm initial={settings} onSaved={onSettingsSaved} />} keys={<KeysPanel />} /> : null}
      {route.page === 'worklist' ? <WorklistPage /> : null}
      {route.page === 'rekap' ? (
        <Suspense fallback={<p className="page muted">Memuat…</p>}>
          <RekapPage settings={settings} />
        </Suspense>
      ) : null}
      {route.page === 'verify' ? <VerifyPage /> : null}
      {route.page === 'answers' ? <AnswersPage /> : null}
    </ShellFrame>
  );
}
