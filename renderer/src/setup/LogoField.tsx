import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { failureOf, useLoad } from '../app/useLoad';
import { ErrorBanner } from '../ui/ErrorBanner';
import { fileToBase64 } from '../ui/file-to-base64';
import { useBusyAction } from '../ui/useBusyAction';

/** The logo printed in the kop surat of the berita acara and daftar hadir. */
export function LogoField({ hasLogo, onChanged }: { hasLogo: boolean; onChanged: (settings: Settings) => void }) {
  const [logo, reload] = useLoad(() => call('settings.logo', {}), String(hasLogo));
  const { failure, act } = useBusyAction();
  const change = (image: File | null) =>
    act(async () => {
      onChanged(await call('settings.setLogo', { contentBase64: image ? await fileToBase64(image) : null }));
      reload();
    });
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
            if (file) void change(file);
          }} />
        </label>
        {logo.state === 'ready' && logo.value ? (
          <button type="button" className="link danger-text" onClick={() => void change(null)}>Hapus logo</button>
        ) : null}
      </div>
      <ErrorBanner message={failure ?? failureOf(logo)} />
    </div>
  );
}
