import { useState } from 'react';
import type { FolderRole } from '../../../shared/office/schema';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { DinsosShell } from '../dinsos/DinsosShell';
import { FirstRunSetup } from '../setup/FirstRunSetup';
import { OperatorScreen } from '../setup/OperatorScreen';
import { KelurahanSetup } from '../setup/KelurahanSetup';
import { VaultGate } from '../vault/VaultGate';
import { ErrorBanner } from '../ui/ErrorBanner';
import { KelurahanShell } from './KelurahanShell';
import { useLoad } from './useLoad';

interface Boot {
  role: FolderRole;
  settings: Settings | null;
  operator: string | null;
  knownOperators: string[];
}

/** Everything behind the lock: who operates, what the folder serves (a kelurahan or a Dinsos), then that role's app. */
function Workspace() {
  const [boot, reload] = useLoad<Boot>(async () => {
    const [role, settings, session] = await Promise.all([call('office.role', {}), call('settings.get', {}), call('session.get', {})]);
    return { role, settings, operator: session.operator, knownOperators: session.knownOperators };
  }, '');
  const [switching, setSwitching] = useState(false);

  if (boot.state === 'loading') return <p className="page muted">Memuat…</p>;
  if (boot.state === 'failed') return <ErrorBanner page message={boot.message} />;

  const { role, settings, operator, knownOperators } = boot.value;
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
  if (role.dinsos) return <DinsosShell office={role.dinsos} operator={operator} onSwitchOperator={() => setSwitching(true)} onOfficeSaved={reload} />;
  if (role.role === null) return <FirstRunSetup onSaved={reload} />;
  if (!settings) return <KelurahanSetup onSaved={reload} />;
  return <KelurahanShell settings={settings} operator={operator} onSwitchOperator={() => setSwitching(true)} onSettingsSaved={reload} />;
}

export function App() {
  return (
    <VaultGate>
      <Workspace />
    </VaultGate>
  );
}
