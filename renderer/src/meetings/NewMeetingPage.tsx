import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { hrefFor, navigate } from '../app/route';
import { MeetingForm } from './MeetingForm';

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function NewMeetingPage({ settings }: { settings: Settings }) {
  return (
    <section className="page">
      <a href={hrefFor({ page: 'meetings' })} className="back">← Daftar musyawarah</a>
      <h1>Musyawarah baru</h1>
      <MeetingForm
        readOnly={false}
        submitLabel="Buat musyawarah"
        initial={{
          date: todayIso(),
          startTime: '09:00',
          endTime: null,
          place: `Aula Kantor Kelurahan ${settings.village.name}`,
          letterNumber: '',
          agenda: 'Pembahasan usulan pemutakhiran Data Tunggal Sosial Ekonomi Nasional (DTSEN) dan usulan penerima bantuan sosial.',
          chairName: settings.lurahName,
          chairNip: settings.lurahNip,
          secretaryName: settings.secretaryName,
          secretaryNip: settings.secretaryNip,
        }}
        onSubmit={async (values) => {
          const meeting = await call('meetings.create', values);
          navigate({ page: 'meeting', id: meeting.id, tab: 'hadir' });
        }}
      />
    </section>
  );
}
