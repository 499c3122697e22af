import { useState } from 'react';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { pubKeyId } from '../dinsos/pub-key-id';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FileField } from '../ui/FileField';
import { useBusyAction } from '../ui/useBusyAction';

interface ChosenKey {
  fileName: string;
  text: string;
  keyId: string | null;
}

/** Pengaturan > Kunci of a kelurahan: Dinsos' public key (.pub), which every answer from Dinsos must be signed with. */
export function DinsosPublicKey() {
  const [stored, reload] = useLoad(() => call('answers.dinsosKey', {}), '');
  const [chosen, setChosen] = useState<ChosenKey | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, failure, act } = useBusyAction();
  const current = stored.state === 'ready' ? stored.value.keyId : null;

  const save = () => {
    setNotice(null);
    setFieldError(undefined);
    void act(async () => {
      if (!chosen) return setFieldError('Pilih berkas kunci publik (.pub) dari Dinsos');
      const { keyId } = await call('answers.setDinsosKey', { publicKey: chosen.text });
      setNotice(current && current !== keyId ? `Kunci publik Dinsos diganti: ${current} → ${keyId}. Penggantian dicatat di catatan audit.` : `Kunci publik Dinsos ${keyId ?? ''} disimpan.`);
      setChosen(null);
      reload();
    }, (field, message) => {
      if (field !== 'publicKey') return false;
      setFieldError(message);
      return true;
    });
  };

  return (
    <fieldset aria-label="Kunci publik Dinsos">
      <legend>Kunci publik Dinsos (untuk tanggapan)</legend>
      {current ? (
        <p>
          Tanggapan Dinsos diperiksa dengan kunci <strong className="mono" data-testid="dinsos-key-id">{current}</strong>.
        </p>
      ) : (
        <p className="muted">Belum ada. Minta berkas kunci publik (.pub) dari Dinsos; tanpa kunci ini tanggapan Dinsos tidak dapat dibuka.</p>
      )}
      <FileField
        id="dinsos-pub"
        label="Berkas kunci publik Dinsos (.pub)"
        buttonLabel="Pilih berkas .pub…"
        accept=".pub,.txt"
        invalid={Boolean(fieldError)}
        error={fieldError}
        note={chosen ? chosen.fileName : 'Sebaiknya diterima langsung dari Dinsos, misalnya lewat flash disk saat rapat koordinasi.'}
        onChoose={([file]) => {
          setNotice(null);
          setFieldError(undefined);
          if (!file) return setChosen(null);
          void file.text().then((text) => setChosen({ fileName: file.name, text, keyId: pubKeyId(text) }));
        }}
      />
      {chosen ? (
        <p data-testid="dinsos-chosen-key-id">
          {chosen.keyId ? <>ID kunci dalam berkas: <strong className="mono">{chosen.keyId}</strong>. Cocokkan dengan ID yang disebutkan Dinsos.</> : 'Berkas ini bukan kunci publik minisign.'}
        </p>
      ) : null}
      {chosen?.keyId && current && chosen.keyId !== current ? (
        <p className="banner banner-warn">Kunci yang tersimpan ({current}) akan diganti. Ganti hanya bila Dinsos memang membuat kunci baru.</p>
      ) : null}
      <div className="actions start">
        <button type="button" disabled={busy} onClick={save}>{busy ? 'Menyimpan…' : 'Simpan kunci publik Dinsos'}</button>
      </div>
      <ErrorBanner message={failure ?? failureOf(stored)} />
      {notice ? <p className="banner banner-ok" role="status">{notice}</p> : null}
    </fieldset>
  );
}
