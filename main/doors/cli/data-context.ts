import { userInfo } from 'node:os';
import { closeContext, openContext } from '../../app/open-context';
import { resolveDataDir } from '../../app/data-dir';
import type { ServiceContext } from '../../services/context';

/** Opens the data folder for one CLI command; changes are audited as MUSKEL_OPERATOR or the OS user. */
export async function withData<T>(dataDirFlag: string | undefined, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const ctx = openContext(resolveDataDir(dataDirFlag), 'cli');
  ctx.session.operator = process.env.MUSKEL_OPERATOR ?? `${userInfo().username} (baris perintah)`;
  try {
    return await run(ctx);
  } finally {
    await closeContext(ctx);
  }
}
