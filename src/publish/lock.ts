import fs from 'node:fs';
import path from 'node:path';
import { CscTagError } from '../model/errors.js';

export const LOCK_FILE = '.csc-tag.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One run publishes into a folder at a time: the lock is created with an
 * exclusive create and holds the owner's PID, so a lock left by a run that
 * was killed outright is recognised as stale and taken over.
 * Returns the function that releases it.
 */
export function acquireLock(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: string;
      try {
        owner = fs.readFileSync(file, 'utf8');
      } catch {
        // Released between our attempt and this read: try again.
        continue;
      }
      const pid = Number.parseInt(owner, 10);
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new CscTagError('locked', `another csc-tag run (process ${pid}) is publishing reports here; wait for it to finish, or delete ${LOCK_FILE} if no run is active`, dir);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new CscTagError('locked', `cannot take the lock ${LOCK_FILE}`, dir);
}
