import { execFile } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The command could not be started at all (not installed). */
  missing: boolean;
}

/**
 * Runs a command without a shell and answers how it ended instead of throwing. Output is in the C
 * locale, since the CUPS tools translate the lines this module reads.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  timeoutMs = 30_000,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, timeout: timeoutMs, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const missing = error?.code === 'ENOENT';
        resolve({ code, stdout: String(stdout), stderr: String(stderr), missing });
      },
    );
  });
}
