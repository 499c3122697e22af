#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the command works straight from a checkout.
import { register } from 'tsx/esm/api';

register();
await import('../main/doors/cli/run.ts');
