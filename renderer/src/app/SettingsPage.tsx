import type { ReactNode } from 'react';
import { BackupPanel } from '../backup/BackupPanel';
import { FolderPanel } from '../vault/FolderPanel';

/** Pengaturan: the office's own form, then the data folder, its backups and the office's keys. */
export function SettingsPage({ form, keys }: { form: ReactNode; keys: ReactNode }) {
  return (
    <section className="page">
      <h1>Pengaturan</h1>
      {form}
      <h2 id="folder-data">Folder data</h2>
      <FolderPanel />
      <h2 id="cadangan">Cadangan</h2>
      <BackupPanel />
      <h2 id="kunci">Kunci</h2>
      {keys}
    </section>
  );
}
