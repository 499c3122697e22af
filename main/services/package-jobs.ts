import { join } from 'node:path';
import { ensureDir } from '../app/ensure-dir';
import type { Job } from '../../shared/package/export-schema';
import type { ServiceContext } from './context';
import { exportPackage } from './package-export';
import type { ExportRequest } from './package-export';

/**
 * An export in the background, so the UI can show progress; cancelling stops it at its next step, the temp files
 * are removed and no package appears.
 */
export function startExport(ctx: ServiceContext, request: Omit<ExportRequest, 'outDir'>): Job {
  return ctx.jobs.start(ctx, 'packages.start', (report, signal) => exportPackage(ctx, { ...request, outDir: exportFolder(ctx) }, report, signal));
}

export function exportFolder(ctx: ServiceContext): string {
  const dir = join(ctx.dataDir, 'kiriman');
  ensureDir(dir);
  return dir;
}
