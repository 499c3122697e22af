import type { z } from 'zod';
import { answersContract } from './answers-contract';
import { auditContract } from './audit-contract';
import { backupContract } from './backup-contract';
import { demoContract } from './demo-contract';
import { dtsenContract } from './dtsen-contract';
import { groundcheckContract } from './groundcheck-contract';
import { homeContract } from './home-contract';
import { householdsContract } from './households-contract';
import { meetingsContract } from './meetings-contract';
import { inboxContract } from './inbox-contract';
import { minutesContract } from './minutes-contract';
import { officeContract } from './office-contract';
import { packagesContract } from './packages-contract';
import { proposalsContract } from './proposals-contract';
import { rekapContract } from './rekap-contract';
import { rulesContract } from './rules-contract';
import { sessionContract } from './session-contract';
import { settingsContract } from './settings-contract';
import { vaultContract } from './vault-contract';
import { worklistContract } from './worklist-contract';

/** The one API: every door (IPC, HTTP, CLI) serves exactly these channels, gathered from one file per domain. */
export const contract = {
  ...vaultContract,
  ...sessionContract,
  ...settingsContract,
  ...officeContract,
  ...inboxContract,
  ...answersContract,
  ...groundcheckContract,
  ...homeContract,
  ...householdsContract,
  ...dtsenContract,
  ...meetingsContract,
  ...proposalsContract,
  ...rulesContract,
  ...auditContract,
  ...minutesContract,
  ...packagesContract,
  ...demoContract,
  ...backupContract,
  ...worklistContract,
  ...rekapContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export type VaultChannel = keyof typeof vaultContract;

/** Channels that answer while the data folder is locked. */
export function isVaultChannel(channel: Channel): channel is VaultChannel {
  return Object.hasOwn(vaultContract, channel);
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}
