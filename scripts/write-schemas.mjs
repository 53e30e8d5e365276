// Regenerates schema/*.json from the zod schemas (run `npm run build` first).
import fs from 'node:fs';
import { SCHEMA_FILES } from '../dist/pipeline/json-schemas.js';

for (const [file, make] of Object.entries(SCHEMA_FILES)) {
  fs.writeFileSync(new URL(`../${file}`, import.meta.url), JSON.stringify(make(), null, 2) + '\n');
  console.error(`wrote ${file}`);
}
