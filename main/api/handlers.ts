import { answersHandlers } from './answers-handlers';
import { auditHandlers } from './audit-handlers';
import { backupHandlers } from './backup-handlers';
import { demoHandlers } from './demo-handlers';
import { dtsenHandlers } from './dtsen-handlers';
import { groundcheckHandlers } from './groundcheck-handlers';
import type { Channel, VaultChannel } from '../../shared/api/contract';
import type { Handlers } from './handler-types';
import { homeHandlers } from './home-handlers';
import { householdsHandlers } from './households-handlers';
import { meetingsHandlers } from './meetings-handlers';
import { inboxHandlers } from './inbox-handlers';
import { minutesHandlers } from './minutes-handlers';
import { officeHandlers } from './office-handlers';
import { packagesHandlers } from './packages-handlers';
import { proposalsHandlers } from './proposals-handlers';
import { rekapHandlers } from './rekap-handlers';
import { rulesHandlers } from './rules-handlers';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers } from './settings-handlers';
import { worklistHandlers } from './worklist-handlers';

/** Channel -> service call, one file per domain mirroring shared/api/<domain>-contract.ts. Thin by design: services hold the logic. */
export const handlers: Handlers<Exclude<Channel, VaultChannel>> = {
  ...sessionHandlers,
  ...settingsHandlers,
  ...officeHandlers,
  ...inboxHandlers,
  ...answersHandlers,
  ...groundcheckHandlers,
  ...homeHandlers,
  ...householdsHandlers,
  ...dtsenHandlers,
  ...meetingsHandlers,
  ...proposalsHandlers,
  ...rulesHandlers,
  ...auditHandlers,
  ...minutesHandlers,
  ...packagesHandlers,
  ...demoHandlers,
  ...backupHandlers,
  ...worklistHandlers,
  ...rekapHandlers,
};
