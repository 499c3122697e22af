import type { DinsosOffice } from '../../../shared/office/schema';
import { NavLink } from '../app/NavLink';
import { SettingsPage } from '../app/SettingsPage';
import { ShellFrame } from '../app/ShellFrame';
import { DINSOS_PAGES, useRoute } from '../app/route';
import type { Route } from '../app/route';
import { CityProposalsPage } from './CityProposalsPage';
import { DinsosKeysPanel } from './DinsosKeysPanel';
import { DinsosOfficeForm } from './DinsosOfficeForm';
import { GroundcheckPage } from './groundcheck/GroundcheckPage';
import { InboxPage } from './InboxPage';
import { KelurahanKeysPage } from './KelurahanKeysPage';

interface DinsosShellProps {
  office: DinsosOffice;
  operator: string;
  onSwitchOperator: () => void;
  onOfficeSaved: () => void;
}

/** A Dinsos folder: packages in, the city's proposals, their groundcheck, the kelurahan keys it trusts, its settings. */
export function DinsosShell({ office, operator, onSwitchOperator, onOfficeSaved }: DinsosShellProps) {
  const current = useRoute();
  // Any other address (a kelurahan page, or none) opens the Kotak Masuk.
  const route: Route = DINSOS_PAGES.includes(current.page) ? current : { page: 'inbox' };

  return (
    <ShellFrame
      brand={<span data-testid="office-brand">{office.officeName} · {office.regency.name}</span>}
      nav={
        <>
          <NavLink to={{ page: 'inbox' }} current={route} label="Kotak Masuk" />
          <NavLink to={{ page: 'city-proposals', id: null }} current={route} label="Usulan Kota" />
          <NavLink to={{ page: 'groundcheck' }} current={route} label="Groundcheck" />
          <NavLink to={{ page: 'kelurahan-keys', kelurahanCode: null, keyId: null }} current={route} label="Kunci Kelurahan" />
          <NavLink to={{ page: 'settings' }} current={route} label="Pengaturan" />
        </>
      }
      operator={operator}
      onSwitchOperator={onSwitchOperator}
    >
      {route.page === 'inbox' ? <InboxPage /> : null}
      {route.page === 'city-proposals' ? <CityProposalsPage openId={route.id} /> : null}
      {route.page === 'groundcheck' ? <GroundcheckPage /> : null}
      {route.page === 'kelurahan-keys' ? <KelurahanKeysPage key={`${route.kelurahanCode ?? ''}/${route.keyId ?? ''}`} office={office} kelurahanCode={route.kelurahanCode} expectedKeyId={route.keyId} /> : null}
      {route.page === 'settings' ? <SettingsPage form={<DinsosOfficeForm initial={office} onSaved={onOfficeSaved} />} keys={<DinsosKeysPanel office={office} />} /> : null}
    </ShellFrame>
  );
}
