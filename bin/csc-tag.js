#!/usr/bin/env node
// The only place that touches process exit state; everything else returns values.
// `--version` alone is answered before the CLI's modules load, so it is as fast as node itself.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  const { main, interrupted } = await import('../dist/cli/csc-tag.mjs');
  // An interrupted run undoes its temporary files and exits 128 + signal, publishing nothing.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(interrupted(signal)));
  // Reading a closed pipe (`csc-tag ... | head -1`) ends quietly instead of with a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main();
}
