import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { HistoryPanel } from '../audit/HistoryPanel';
import { ErrorBanner } from '../ui/ErrorBanner';
import { HouseholdForm } from './HouseholdForm';

/** The form for a new household, or for a registered one once it has loaded, with its history. */
export function HouseholdPage({ id, kelurahanCode }: { id: number | null; kelurahanCode: string }) {
  if (id === null) return <HouseholdForm existing={null} kelurahanCode={kelurahanCode} />;
  return <RegisteredHousehold id={id} kelurahanCode={kelurahanCode} />;
}

function RegisteredHousehold({ id, kelurahanCode }: { id: number; kelurahanCode: string }) {
  const [household] = useLoad(() => call('households.get', { id }), String(id));
  if (household.state === 'failed') return <ErrorBanner message={household.message} />;
  if (household.state === 'loading') return <p className="muted page">Memuat…</p>;
  return (
    <>
      <HouseholdForm existing={household.value} kelurahanCode={kelurahanCode} />
      <details className="page history">
        <summary>Riwayat perubahan keluarga ini</summary>
        <HistoryPanel scope={{ householdId: id }} />
      </details>
    </>
  );
}
