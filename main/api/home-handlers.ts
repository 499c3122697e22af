import type { homeContract } from '../../shared/api/home-contract';
import { homeOverview } from '../services/home';
import type { Handlers } from './handler-types';

export const homeHandlers: Handlers<keyof typeof homeContract> = {
  'home.overview': (ctx) => homeOverview(ctx),
};
