import { parseNik } from '../../shared/identity/nik';
import type { NikInfo } from '../../shared/identity/nik';
import { AppError } from './app-error';
import { knownOperators } from './audit';
import type { ServiceContext } from './context';

export function sessionInfo(ctx: ServiceContext): { operator: string | null; knownOperators: string[] } {
  return { operator: ctx.session.operator, knownOperators: knownOperators(ctx) };
}

/** Whoever sits at the keyboard from now on; every audit entry carries this name. */
export function setOperator(ctx: ServiceContext, name: string): { operator: string } {
  ctx.session.operator = name;
  return { operator: name };
}

export function explainNik(nik: string): NikInfo {
  const parsed = parseNik(nik);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.reason, 'nik');
  return parsed.info;
}
