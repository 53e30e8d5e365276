#!/usr/bin/env node
// The only place that touches process exit state; everything else returns values.
import { main } from '../dist/cli/main.js';

process.exitCode = await main();
