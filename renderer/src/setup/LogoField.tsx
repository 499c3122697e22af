import { useState } from 'react';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { useLoad } from '../app/useLoad';
import { fileToBase64 } from '../ui/file-to-base64';
import { messageOf } from '../ui/message-of';

/** The logo printed in the kop surat of the berita acara and daftar hadir. */
export function LogoField({ hasLogo, onChanged }: { hasLogo: boolean; onChanged: (settings: Settings) => void }) {
  const [logo, reload] = useLoad(() => call('settings.logo', {}), String(hasLogo));
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (content: string | null) => {
    setFailure(null);
    try {
      onChanged(await call('settings.setLogo', { contentBase64: content }));
      reload();
    } catch (e) {
      setFailure(messageOf(e));
    }
  };
  return (
    <div className="field logo-field">
      <span className="label">Logo pada kop surat (PNG atau JPEG, paling besar 1 MB)</span>
      <div className="logo-row">
        {logo.state === 'ready' && logo.value ? (
          <img src={`data:${logo.value.mime};base64,${logo.value.contentBase64}`} alt="Logo kelurahan" className="logo-preview" />
        ) : (
          <span className="muted">Belum ada logo.</span>
        )}
        <label className="button secondary file-button">
          Pilih gambar logo
          <input type="file" accept="image/png,image/jpeg" hidden onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void fileToBase64(file).then(change);
          }} />
        </label>
        {logo.state === 'ready' && logo.value ? (
          <button type="button" className="link danger-text" onClick={() => void change(null)}>Hapus logo</button>
        ) : null}
      </div>
      {failure ? <p className="field-error" role="alert">{failure}</p> : null}
    </div>
  );
}
