import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { HouseholdList } from '../households/HouseholdList';
import { HouseholdPage } from '../households/HouseholdPage';
import { SettingsForm } from '../setup/SettingsForm';
import { hrefFor, useRoute } from './route';
import type { Route } from './route';

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; settings: Settings | null };

function NavLink({ to, current, label }: { to: Route; current: Route; label: string }) {
  const active = current.page === to.page || (to.page === 'households' && current.page.startsWith('household'));
  return (
    <a href={hrefFor(to)} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const route = useRoute();

  useEffect(() => {
    call('settings.get', {})
      .then((settings) => setLoaded({ state: 'ready', settings }))
      .catch((e: unknown) => setLoaded({ state: 'failed', message: e instanceof Error ? e.message : String(e) }));
  }, []);

  if (loaded.state === 'loading') return <p className="page muted">Memuat…</p>;
  if (loaded.state === 'failed') return <p className="page banner banner-error" role="alert">{loaded.message}</p>;

  const { settings } = loaded;
  if (!settings) {
    return (
      <main className="setup">
        <h1>Selamat datang di Muskel</h1>
        <p className="lead">
          Sebelum mulai, pilih kelurahan Anda dari daftar resmi Kemendagri dan isi nama pejabat yang menandatangani berita acara.
          Data ini dapat diubah kemudian di menu Pengaturan.
        </p>
        <SettingsForm initial={null} onSaved={(s) => setLoaded({ state: 'ready', settings: s })} />
      </main>
    );
  }

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <strong>Muskel</strong>
          <span>Kelurahan {settings.village.name} · Kec. {settings.village.districtName} · {settings.village.regencyName}</span>
        </div>
        <nav>
          <NavLink to={{ page: 'households' }} current={route} label="Keluarga" />
          <NavLink to={{ page: 'settings' }} current={route} label="Pengaturan" />
        </nav>
      </header>
      <main>
        {route.page === 'households' ? <HouseholdList /> : null}
        {route.page === 'household-new' ? <HouseholdPage id={null} kelurahanCode={settings.kelurahanCode} /> : null}
        {route.page === 'household-edit' ? <HouseholdPage id={route.id} kelurahanCode={settings.kelurahanCode} /> : null}
        {route.page === 'settings' ? (
          <section className="page">
            <h1>Pengaturan</h1>
            <SettingsForm initial={settings} onSaved={(s) => setLoaded({ state: 'ready', settings: s })} />
          </section>
        ) : null}
      </main>
    </div>
  );
}
