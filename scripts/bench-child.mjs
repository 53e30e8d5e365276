// Runs the CLI as bin/ does, then reports the process's peak memory on stderr's last line.
import { main } from '../dist/cli/csc-tag.mjs';

const code = await main();
process.stderr.write(`\nBENCH ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
