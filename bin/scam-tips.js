#!/usr/bin/env node
// The `scam-tips` command (package.json "bin"). It runs the TypeScript sources through tsx, a
// devDependency, so `npx scam-tips check` works straight after `npm ci`, with no build step.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2), process.stdin);
