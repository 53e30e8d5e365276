// Generates a benchmark corpus from seeds/ deterministically: documents of
// shuffled seed paragraphs with about 1% of words altered, so the vocabulary
// keeps growing as it would in a real corpus. Usage: make-corpus.mjs OUT MB
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded generator, so every run makes the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `skip(paragraph)` leaves seed paragraphs out: the one-document shape drops
 * those that end a document (a web page's "Leave a Reply"), which would cut
 * the rest of a concatenated corpus off.
 */
export function makeCorpus(seedsDir, outDir, megabytes, files = Math.round(megabytes * 40), skip = () => false) {
  const paragraphs = fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8').split(/\n\s*\n/))
    .filter((p) => p.trim() && !skip(p));
  const rand = random(20231125);
  const target = megabytes * 1e6;
  const perFile = target / files;
  fs.mkdirSync(outDir, { recursive: true });
  let total = 0;
  for (let i = 0; i < files; i++) {
    const parts = [];
    let size = 0;
    while (size < perFile) {
      let p = paragraphs[Math.floor(rand() * paragraphs.length)];
      p = p.replace(/[A-Za-z]{4,}/g, (w) => (rand() < 0.01 ? w + String.fromCharCode(97 + Math.floor(rand() * 26)) : w));
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const text = parts.join('\n\n') + '\n';
    fs.writeFileSync(path.join(outDir, `doc-${String(i).padStart(5, '0')}.txt`), text);
    total += Buffer.byteLength(text);
  }
  return { files, bytes: total };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [out, mb] = process.argv.slice(2);
  const made = makeCorpus(new URL('../seeds', import.meta.url).pathname, out, Number(mb));
  console.error(`made ${made.files} files, ${(made.bytes / 1e6).toFixed(1)} MB in ${out}`);
}
