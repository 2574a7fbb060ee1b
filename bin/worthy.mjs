#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the repo needs no build step for `npx worthy`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.stdout.on('error', (e) => {
  // `worthy score ... | head` closes the pipe early; that is not an error worth a stack trace.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
