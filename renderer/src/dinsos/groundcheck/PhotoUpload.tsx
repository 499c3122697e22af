import { useState } from 'react';
import { MAX_PHOTO_BYTES } from '../../../../shared/groundcheck/schema';
import type { GroundcheckPhoto } from '../../../../shared/groundcheck/schema';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { fileToBase64 } from '../../ui/file-to-base64';
import { useBusyAction } from '../../ui/useBusyAction';
import type { FieldFailureHandler } from '../../ui/useBusyAction';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 });

/** Tambah foto: a JPEG or PNG of at most 5 MB from the visit, with a short title such as "Tampak depan". */
export function PhotoUpload({ proposalId, onAdded }: { proposalId: number; onAdded: (photo: GroundcheckPhoto) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [errors, setErrors] = useState<{ file?: string; caption?: string }>({});
  const { busy, failure, act } = useBusyAction();

  const atField: FieldFailureHandler = (field, message) => {
    if (field === 'caption') setErrors({ caption: message });
    else if (field === 'contentBase64' || field === 'fileName') setErrors({ file: message });
    else return false;
    return true;
  };

  const add = () => {
    setErrors({});
    void act(async () => {
      if (!file) return setErrors({ file: 'Pilih foto dari kunjungan (JPEG atau PNG)' });
      if (file.size > MAX_PHOTO_BYTES) return setErrors({ file: `Foto ${file.name} berukuran ${megabytes(file.size)} MB; paling besar 5 MB` });
      const photo = await call('groundcheck.addPhoto', { proposalId, fileName: file.name, caption, contentBase64: await fileToBase64(file) });
      setFile(null);
      setCaption('');
      onAdded(photo);
    }, atField);
  };

  return (
    <form className="gc-photo-upload" aria-label="Tambah foto groundcheck" onSubmit={(e) => { e.preventDefault(); add(); }}>
      <FileField
        id="gc-photo-file"
        label="Foto kunjungan (JPEG atau PNG, paling besar 5 MB)"
        buttonLabel="Pilih foto…"
        accept=".jpg,.jpeg,.png,image/jpeg,image/png"
        invalid={Boolean(errors.file)}
        error={errors.file}
        note={file ? `${file.name} (${megabytes(file.size)} MB)` : 'Lokasi dan waktu dibaca dari data EXIF foto bila kamera menyimpannya.'}
        onChoose={([chosen]) => {
          setErrors({});
          setFile(chosen ?? null);
        }}
      />
      <Field id="gc-photo-caption" label="Judul foto" error={errors.caption} hint="Misalnya: Tampak depan, Dapur, Kamar mandi">
        <input id="gc-photo-caption" value={caption} maxLength={200} onChange={(e) => setCaption(e.target.value)} aria-invalid={Boolean(errors.caption)} />
      </Field>
      <div className="actions start">
        <button type="submit" className="secondary" disabled={busy}>{busy ? 'Mengunggah…' : 'Tambah foto'}</button>
      </div>
      <ErrorBanner message={failure} />
    </form>
  );
}
