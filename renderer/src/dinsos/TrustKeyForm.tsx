import { useState } from 'react';
import { formatTimestamp } from '../../../shared/format/date';
import type { TrustedKey } from '../../../shared/inbox/schema';
import type { DinsosOffice } from '../../../shared/office/schema';
import type { Village } from '../../../shared/settings/schema';
import { ApiFailure, call } from '../api/client';
import { hrefFor } from '../app/route';
import { VillagePicker } from '../setup/VillagePicker';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { FileField } from '../ui/FileField';
import { useBusyAction } from '../ui/useBusyAction';
import type { FieldFailureHandler } from '../ui/useBusyAction';
import { pubKeyId } from './pub-key-id';

interface TrustKeyFormProps {
  office: DinsosOffice;
  initialVillage: Village | null;
  /** The key that signed a refused package, when the officer came here from the Kotak Masuk. */
  expectedKeyId: string | null;
  trusted: readonly TrustedKey[];
  onTrusted: () => void;
}

interface ChosenKey {
  fileName: string;
  text: string;
  keyId: string | null;
}

/** Percayai kunci: a kelurahan of this kota/kabupaten and its .pub file; replacing its key in force is confirmed first. */
export function TrustKeyForm({ office, initialVillage, expectedKeyId, trusted, onTrusted }: TrustKeyFormProps) {
  const [village, setVillage] = useState<Village | null>(initialVillage);
  const [chosen, setChosen] = useState<ChosenKey | null>(null);
  const [errors, setErrors] = useState<{ kelurahanCode?: string; publicKey?: string }>({});
  const [confirm, setConfirm] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, failure, act } = useBusyAction();
  const existing = village ? trusted.find((k) => k.kelurahanCode === village.code) ?? null : null;

  const atField: FieldFailureHandler = (field, message) => {
    if (field !== 'kelurahanCode' && field !== 'publicKey') return false;
    setErrors({ [field]: message });
    return true;
  };

  const trust = (replace: boolean) => {
    setConfirm(null);
    setNotice(null);
    setErrors({});
    void act(async () => {
      if (!village) return setErrors({ kelurahanCode: 'Pilih kelurahan dari daftar' });
      if (!chosen) return setErrors({ publicKey: 'Pilih berkas kunci publik (.pub) dari kelurahan' });
      let key: TrustedKey;
      try {
        key = await call('kelurahanKeys.trust', { kelurahanCode: village.code, publicKey: chosen.text, replace });
      } catch (e) {
        // The kelurahan has another key in force: the officer decides, knowing the change is audited.
        if (e instanceof ApiFailure && e.code === 'CONFLICT' && !replace && existing && existing.keyId !== chosen.keyId) return setConfirm(e.message);
        throw e;
      }
      setNotice(
        existing?.keyId === key.keyId
          ? `Kunci ${key.keyId} sudah dipercaya untuk Kelurahan ${key.kelurahanName}; tidak ada yang berubah.`
          : `Kunci ${key.keyId} kini dipercaya untuk Kelurahan ${key.kelurahanName}.`,
      );
      setChosen(null);
      onTrusted();
    }, atField);
  };

  const mismatch = expectedKeyId !== null && chosen?.keyId != null && chosen.keyId !== expectedKeyId;
  return (
    <form className="form-card" aria-label="Percayai kunci kelurahan" onSubmit={(e) => { e.preventDefault(); trust(false); }}>
      <fieldset>
        <legend>Percayai kunci kelurahan</legend>
        {expectedKeyId && initialVillage ? (
          <p className="banner banner-info">
            Paket Kelurahan {initialVillage.name} ditolak karena ditandatangani kunci <strong className="mono">{expectedKeyId}</strong> yang belum dipercaya.
            Cocokkan ID itu dengan berkas .pub dan dengan ID kunci yang tercetak pada berita acara kelurahan.
          </p>
        ) : null}
        <Field id="trust-kelurahan" label={`Kelurahan di ${office.regency.name}`} error={errors.kelurahanCode} wide>
          <VillagePicker id="trust-kelurahan" value={village} invalid={Boolean(errors.kelurahanCode)} regencyCode={office.regionCode} onChange={(v) => { setVillage(v); setErrors({}); }} />
        </Field>
        {existing ? (
          <p className="field-hint" data-testid="existing-key">
            Kunci yang berlaku sekarang: <span className="mono">{existing.keyId}</span>, dipercaya {formatTimestamp(existing.trustedAt)} oleh {existing.trustedBy}.
          </p>
        ) : null}
        <div className="field-wide">
          <FileField
            id="trust-pub"
            label="Berkas kunci publik kelurahan (.pub)"
            buttonLabel="Pilih berkas .pub…"
            accept=".pub,.txt"
            invalid={Boolean(errors.publicKey)}
            error={errors.publicKey}
            note={chosen ? chosen.fileName : 'Sebaiknya diterima langsung dari sekretaris kelurahan, misalnya lewat flash disk saat rapat koordinasi.'}
            onChoose={([file]) => {
              setNotice(null);
              if (!file) return setChosen(null);
              void file.text().then((text) => setChosen({ fileName: file.name, text, keyId: pubKeyId(text) }));
            }}
          />
        </div>
        {chosen ? (
          <p data-testid="chosen-key-id">
            {chosen.keyId ? <>ID kunci dalam berkas: <strong className="mono">{chosen.keyId}</strong></> : 'Berkas ini bukan kunci publik minisign.'}
            {chosen.keyId !== null && chosen.keyId === expectedKeyId ? <span className="key-match"> ✓ sama dengan kunci paket yang ditolak</span> : null}
          </p>
        ) : null}
        {mismatch ? (
          <p className="banner banner-warn">
            ID kunci dalam berkas berbeda dengan kunci yang menandatangani paket yang ditolak ({expectedKeyId}). Pastikan berkas ini benar dari kelurahan tersebut.
          </p>
        ) : null}
        <div className="actions start">
          <button type="submit" disabled={busy}>{busy ? 'Menyimpan…' : 'Percayai kunci'}</button>
        </div>
      </fieldset>
      <ErrorBanner message={failure} />
      {notice ? (
        <p className="banner banner-ok" role="status">
          {notice} Paket yang ditolak karena kunci ini dapat <a href={hrefFor({ page: 'inbox' })}>ditambahkan lagi di Kotak Masuk</a>.
        </p>
      ) : null}
      {confirm && existing && chosen ? (
        <ConfirmDialog
          title={`Ganti kunci Kelurahan ${existing.kelurahanName}?`}
          message={`${confirm} Kunci lama ${existing.keyId} (dipercaya ${formatTimestamp(existing.trustedAt)} oleh ${existing.trustedBy}) tidak berlaku lagi untuk paket baru. Penggantian ini dicatat di catatan audit beserta ID kunci lama dan baru. Ganti hanya bila kelurahan memang membuat kunci baru dan Anda telah memastikannya langsung kepada kelurahan.`}
          confirmLabel="Ya, ganti kunci"
          onCancel={() => setConfirm(null)}
          onConfirm={() => trust(true)}
        />
      ) : null}
    </form>
  );
}
