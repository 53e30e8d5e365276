import { createRequire } from 'node:module';

// package.json sits one folder up from both src/ and dist/, so this works built or not.
const pkg = createRequire(import.meta.url)('../package.json') as { version: string };

/** The package version, which reports name as their generator. */
export const VERSION: string = pkg.version;
