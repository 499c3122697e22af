#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the command works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/doors/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
