import fs from 'node:fs';

export type Comparison = { state: 'same' } | { state: 'missing' } | { state: 'differs'; firstLine: number; changedLines: number; oldLines: number; newLines: number };

/** Compares a freshly built report with the committed one, byte for byte, with a line summary when they differ. */
export function compareFile(fresh: string, committed: string): Comparison {
  let old: Buffer;
  try {
    old = fs.readFileSync(committed);
  } catch {
    return { state: 'missing' };
  }
  const now = fs.readFileSync(fresh);
  if (old.equals(now)) return { state: 'same' };
  const a = old.toString('utf8').split('\n');
  const b = now.toString('utf8').split('\n');
  let firstLine = 0;
  let changedLines = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      changedLines++;
      if (!firstLine) firstLine = i + 1;
    }
  }
  return { state: 'differs', firstLine, changedLines, oldLines: a.length, newLines: b.length };
}

export function describeComparison(file: string, c: Comparison): string {
  switch (c.state) {
    case 'same':
      return `${file}: up to date`;
    case 'missing':
      return `${file}: missing`;
    case 'differs':
      return `${file}: differs from line ${c.firstLine} (${c.changedLines} line${c.changedLines === 1 ? '' : 's'} changed; ${c.oldLines} lines committed, ${c.newLines} built)`;
  }
}
