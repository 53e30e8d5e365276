#!/usr/bin/env node
// The only place that touches process exit state; everything else returns values.
// `--version` alone is answered before the CLI's modules load, so it is as fast as node itself.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version + '\n');
} else {
  const { main } = await import('../dist/cli/csc-tag.mjs');
  process.exitCode = await main();
}
