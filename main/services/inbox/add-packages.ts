import type { InboxAddResult } from '../../../shared/inbox/schema';
import type { ServiceContext } from '../context';
import { ownIdentity } from '../keys';
import { requireDinsosOffice } from '../office';
import { addPackage } from './add-package';
import type { IncomingPackage } from './add-package';

/** Two at a time: one package's files are read or stored while the other is decrypted. */
const AT_ONCE = 2;

export interface AddPackagesRequest {
  packages: readonly IncomingPackage[];
  /** Opens Dinsos' age identity. */
  passphrase: string;
  replace: boolean;
  progress?: (done: number, total: number, current: string) => void;
  /** Cancelling lets the packages under way finish (each is one transaction) and opens no more. */
  signal?: AbortSignal;
}

/** Many packages into the city register, each on its own: one refused never stops the others. */
export async function addPackages(ctx: ServiceContext, request: AddPackagesRequest): Promise<InboxAddResult> {
  const office = await requireDinsosOffice(ctx);
  const identity = await ownIdentity(ctx, request.passphrase);
  const result: InboxAddResult = { imported: 0, duplicates: 0, replaced: 0, refused: [], notProcessed: [] };
  const total = request.packages.length;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < total && request.signal?.aborted !== true) {
      const incoming = request.packages[next++];
      if (!incoming) return;
      request.progress?.(done, total, incoming.fileName);
      const outcome = await addPackage(ctx, incoming, identity, office.regionCode, request.replace);
      if (outcome.kind === 'REFUSED') result.refused.push(outcome.refused);
      else if (outcome.kind === 'IMPORTED') result.imported++;
      else if (outcome.kind === 'REPLACED') result.replaced++;
      else result.duplicates++;
      request.progress?.(++done, total, incoming.fileName);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, total) }, worker));
  result.notProcessed = request.packages.slice(next).map((p) => p.fileName);
  return result;
}
