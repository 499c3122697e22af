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
