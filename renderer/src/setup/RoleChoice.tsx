import type { Role } from '../../../shared/office/schema';

const CHOICES: readonly { role: Role; title: string; about: string }[] = [
  {
    role: 'KELURAHAN',
    title: 'Kelurahan',
    about: 'Untuk sekretaris kelurahan: data keluarga, Musyawarah Kelurahan, berita acara, dan paket usulan yang dikirim ke Dinas Sosial.',
  },
  {
    role: 'DINSOS',
    title: 'Dinas Sosial kota/kabupaten',
    about: 'Untuk petugas Dinas Sosial: menerima dan memeriksa paket usulan dari seluruh kelurahan, mengelola kunci kelurahan, dan memantau usulan se-kota/kabupaten.',
  },
];

/** The first question on a new folder: the role decides the whole navigation, and cannot change once data is in. */
export function RoleChoice({ onChosen }: { onChosen: (role: Role) => void }) {
  return (
    <main className="setup">
      <h1>Selamat datang di Muskel</h1>
      <p className="lead">
        Folder data ini digunakan oleh siapa? Pilihan ini menentukan menu yang tersedia dan tidak dapat diubah setelah data disimpan.
        Bila kantor Anda memerlukan keduanya, siapkan folder data tersendiri untuk masing-masing.
      </p>
      <div className="role-choice" role="group" aria-label="Peran folder data">
        {CHOICES.map((c) => (
          <button key={c.role} type="button" className="role-card" onClick={() => onChosen(c.role)}>
            <strong>{c.title}</strong>
            <span>{c.about}</span>
          </button>
        ))}
      </div>
    </main>
  );
}
