import { useState } from 'react';
import type { Inspection } from '../../../shared/dtsen/import-result';
import { call } from '../api/client';
import { uploadFile } from '../ui/upload-file';
import { useBusyAction } from '../ui/useBusyAction';

export interface UploadedExtract {
  file: File;
  uploadId: string;
  /** The XLSX sheet chosen; undefined reads the first. */
  sheet: string | undefined;
  inspection: Inspection;
  /** A real import uses the upload up (a dry run does not): importing again needs the file chosen again. */
  usedUp: boolean;
}

export interface ExtractUpload {
  extract: UploadedExtract | null;
  /** Bytes sent of the file being uploaded, while it is. */
  sent: { done: number; total: number } | null;
  /** Uploading or reading the headers. */
  busy: boolean;
  failure: string | null;
  choose: (file: File) => Promise<boolean>;
  chooseSheet: (sheet: string) => Promise<boolean>;
  markUsedUp: () => void;
}

/** The chosen extract: sent to the services in pieces, then its headers and first rows read for the mapping screen. */
export function useExtractUpload(): ExtractUpload {
  const [extract, setExtract] = useState<UploadedExtract | null>(null);
  const [sent, setSent] = useState<{ done: number; total: number } | null>(null);
  const { busy, failure, act } = useBusyAction();

  const choose = (file: File) =>
    act(async () => {
      setExtract(null);
      setSent({ done: 0, total: file.size });
      let uploadId: string;
      try {
        uploadId = await uploadFile(file, (done, total) => setSent({ done, total }));
      } finally {
        setSent(null);
      }
      const inspection = await call('dtsen.inspect', { uploadId, fileName: file.name });
      setExtract({ file, uploadId, sheet: undefined, inspection, usedUp: false });
    });

  const chooseSheet = (sheet: string) =>
    act(async () => {
      if (!extract) return;
      const inspection = await call('dtsen.inspect', { uploadId: extract.uploadId, fileName: extract.file.name, sheet });
      setExtract({ ...extract, sheet, inspection });
    });

  const markUsedUp = () => setExtract((e) => e && { ...e, usedUp: true });

  return { extract, sent, busy, failure, choose, chooseSheet, markUsedUp };
}
