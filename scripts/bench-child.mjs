// Runs the CLI as bin/ does, then reports on stderr's last line the process's
// peak memory and each thread's busy share: the event loop utilisation of the
// main thread and of every worker, read just before the worker is stopped.
import { Worker } from 'node:worker_threads';
import { main } from '../dist/cli/csc-tag.mjs';

const workers = [];
const terminate = Worker.prototype.terminate;
Worker.prototype.terminate = function (...args) {
  workers.push(this.performance.eventLoopUtilization().utilization);
  return terminate.apply(this, args);
};
const code = await main();
const threads = { main: performance.eventLoopUtilization().utilization, workers };
process.stderr.write(`\nBENCH ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, threads })}\n`);
process.exitCode = code;
