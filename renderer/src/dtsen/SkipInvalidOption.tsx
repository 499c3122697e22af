import { useState } from 'react';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** "Lewati baris bermasalah": turned on only after the operator has read what it leaves out. */
export function SkipInvalidOption({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <label className="inline-check">
        <input type="checkbox" checked={checked} onChange={(e) => (e.target.checked ? setAsking(true) : onChange(false))} /> Lewati baris bermasalah
      </label>
      {asking ? (
        <ConfirmDialog
          title="Lewati baris bermasalah?"
          message="Keluarga yang salah satu barisnya bermasalah akan dilewati seluruhnya, termasuk anggotanya yang datanya benar; keluarga lainnya tetap diimpor. Baris yang bermasalah tercantum pada hasil impor; setelah berkas diperbaiki, keluarga tersebut dapat diimpor kemudian."
          confirmLabel="Ya, lewati"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            onChange(true);
          }}
        />
      ) : null}
    </>
  );
}
