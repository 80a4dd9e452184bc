import { open } from 'node:fs/promises';
import { type DecodedText, decodeText, formatBytes } from './decode.js';
import { IntakeError } from './intake-error.js';

/**
 * Reads a local article file as text. The size is checked before reading, with the same cap as a
 * fetched page, so a 50 MB file is refused without being loaded.
 */
export async function readArticleFile(path: string, maxBytes: number): Promise<DecodedText> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'this is a folder, not a file'
            : `cannot open the file (${code ?? (error as Error).message})`;
    throw new IntakeError(path, problem, 'Check the path, or give an http(s) URL', { cause: error });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      throw new IntakeError(path, 'this is a folder, not a file', 'Give the path of one article file');
    if (stat.size > maxBytes)
      throw new IntakeError(
        path,
        `the file is ${formatBytes(stat.size)}, more than the ${formatBytes(maxBytes)} an article may have`,
        'Give the article itself, not an archive or a dump (the cap is settings.fetch.maxBytes)',
      );
    const bytes = await handle.readFile();
    return await decodeText(path, bytes);
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    throw new IntakeError(
      path,
      `cannot read the file (${(error as Error).message})`,
      'Check the path and its permissions',
      {
        cause: error,
      },
    );
  } finally {
    await handle.close();
  }
}
