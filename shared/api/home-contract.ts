import { HomeOverviewSchema } from '../home/overview';
import { Nothing } from './common-schemas';

/** The landing screen: what needs the office's attention. */
export const homeContract = {
  'home.overview': { input: Nothing, output: HomeOverviewSchema },
} as const;
