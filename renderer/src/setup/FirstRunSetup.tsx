import { useState } from 'react';
import type { Role } from '../../../shared/office/schema';
import { DinsosSetup } from '../dinsos/DinsosSetup';
import { KelurahanSetup } from './KelurahanSetup';
import { RoleChoice } from './RoleChoice';

/** A folder not set up yet: what it serves, then that role's own setup form. Nothing is stored until the form is saved. */
export function FirstRunSetup({ onSaved }: { onSaved: () => void }) {
  const [role, setRole] = useState<Role | null>(null);
  const back = (
    <button type="button" className="link back" onClick={() => setRole(null)}>
      ← Kembali ke pilihan peran
    </button>
  );
  if (role === 'KELURAHAN') return <KelurahanSetup onSaved={onSaved} back={back} />;
  if (role === 'DINSOS') return <DinsosSetup onSaved={onSaved} back={back} />;
  return <RoleChoice onChosen={setRole} />;
}
