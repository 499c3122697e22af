import type { InboxAddRequest, InboxJob, InboxPackage } from '../../../shared/inbox/schema';
import { inboxPackageFromDb } from '../../db/inbox-mapping';
import { selectInboxPackages } from '../../db/inbox-queries';
import type { ServiceContext } from '../context';
import { requireDinsosOffice } from '../office';
import { addPackages } from './add-packages';

const CANCELLING = 'Membatalkan: paket yang sedang diperiksa diselesaikan, sisanya tidak dibuka';

export async function listInbox(ctx: ServiceContext): Promise<InboxPackage[]> {
  await requireDinsosOffice(ctx);
  return selectInboxPackages(ctx.db).map(inboxPackageFromDb);
}

/** Adds uploaded packages in the background, with one progress bar over all of them; the uploads are used up. */
export async function startInbox(ctx: ServiceContext, request: InboxAddRequest): Promise<InboxJob> {
  await requireDinsosOffice(ctx);
  const ids = request.uploads.map((u) => u.uploadId);
  return ctx.inbox.start(ctx, 'inbox.start', (report, signal) =>
    ctx.uploads.consumeAll(ids, (files) =>
      addPackages(ctx, {
        packages: files.map((source, i) => ({ source, fileName: request.uploads[i]?.fileName ?? `paket-${String(i + 1)}` })),
        passphrase: request.passphrase,
        replace: request.replace,
        progress: (done, total, current) => report(signal.aborted ? CANCELLING : `Memeriksa dan mengimpor ${current}`, done, total),
        signal,
      }),
    ),
  );
}

export function inboxJob(ctx: ServiceContext, id: string): InboxJob {
  return ctx.inbox.status(id);
}

export function cancelInbox(ctx: ServiceContext, id: string): InboxJob {
  return ctx.inbox.cancel(id, CANCELLING);
}
