import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The one chalk instance of a run, chosen from the environment the way
 * command-line users expect: NO_COLOR (any non-empty value) and --no-color
 * turn colour off, FORCE_COLOR turns it on at a level, otherwise colour only
 * when stderr is a terminal. Report files are never coloured.
 */
export function makeChalk(env: NodeJS.ProcessEnv, isTTY: boolean, colorFlag: boolean): ChalkInstance {
  return new Chalk({ level: colorLevel(env, isTTY, colorFlag) });
}

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean, colorFlag: boolean): 0 | 1 | 2 | 3 {
  if (!colorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false' || force === '0') return 0;
    const level = Number(force);
    if (level === 1 || level === 2 || level === 3) return level;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 1;
}
