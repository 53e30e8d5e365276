import { run } from '../../src/cli/run.js';
import { ROOT } from './corpus.js';

/** Runs the CLI in-process from the repository root and collects what it prints. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')) },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env,
    cwd: ROOT,
    readStdin: async () => new Uint8Array(),
  });
  return { code, stdout, stderr };
}
