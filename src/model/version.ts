import { createRequire } from 'node:module';

// package.json sits two folders up from both src/model/ and dist/model/, so this works built or not.
const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The package version, which reports name as their generator. */
export const VERSION: string = pkg.version;
