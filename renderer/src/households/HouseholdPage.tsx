import { useEffect, useState } from 'react';
import type { Household } from '../../../shared/household/schema';
import { call } from '../api/client';
import { HistoryPanel } from '../audit/HistoryPanel';
import { HouseholdForm } from './HouseholdForm';
import { messageOf } from '../ui/message-of';

/** Loads a household (or none, for a new one) and shows the form once the data is there. */
export function HouseholdPage({ id, kelurahanCode }: { id: number | null; kelurahanCode: string }) {
  const [household, setHousehold] = useState<Household | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (id === null) return;
    let current = true;
    call('households.get', { id })
      .then((h) => current && setHousehold(h))
      .catch((e: unknown) => current && setError(messageOf(e)));
    return () => {
      current = false;
    };
  }, [id]);

  if (error) return <p className="banner banner-error" role="alert">{error}</p>;
  if (id !== null && !household) return <p className="muted page">Memuat…</p>;
  return (
    <>
      <HouseholdForm key={id ?? 'new'} existing={household} kelurahanCode={kelurahanCode} />
      {id !== null ? (
        <details className="page history">
          <summary>Riwayat perubahan keluarga ini</summary>
          <HistoryPanel scope={{ householdId: id }} />
        </details>
      ) : null}
    </>
  );
}
