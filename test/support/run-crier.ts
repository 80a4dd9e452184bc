import { spawn } from 'node:child_process';
import { binPath } from '../../src/paths.js';

export interface CrierRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `crier` (`npm test` builds first) as an operator would, in a process of its own with a bare
 * environment (PATH, silent logs, then `env`), and resolves with its exit code and output.
 */
export function runCrier(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CrierRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath(), ...args], {
      ...(options.cwd ? { cwd: options.cwd } : {}),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
