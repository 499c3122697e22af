import { userInfo } from 'node:os';
import { closeContext, openContext } from '../../app/open-context';
import { resolveDataDir } from '../../app/data-dir';
import type { ServiceContext } from '../../services/context';
import { internalErrorMessage } from '../../services/error-report';
import { CliFailure } from './cli-command';
import { failureMessage } from './failure-message';

/**
 * Opens the data folder for one CLI command; changes are audited as MUSKEL_OPERATOR or the OS user. A defect
 * inside the command goes to the folder's error log and comes out as one line with its code.
 */
export async function withData<T>(dataDirFlag: string | undefined, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const ctx = openContext(resolveDataDir(dataDirFlag), 'cli');
  ctx.session.operator = process.env.MUSKEL_OPERATOR ?? `${userInfo().username} (baris perintah)`;
  try {
    return await run(ctx);
  } catch (error) {
    if (error instanceof CliFailure || failureMessage(error) !== null) throw error;
    throw new CliFailure(`Gagal: ${internalErrorMessage(ctx.errors.report(error, 'cli'))}`, 1);
  } finally {
    await closeContext(ctx);
  }
}
