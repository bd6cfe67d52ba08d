import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const BOM = '\uFEFF';
// ignoreBOM keeps a BOM in the text, so it can be noticed and written back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A document as read from disk, with what is needed to write it back safely. */
export interface ReadDocument {
  text: string;
  /** The exact bytes read, to detect a change on disk before writing. */
  bytes: Buffer;
  bom: boolean;
}

function describeFsError(error: unknown, verb: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return `could not ${verb} the file (${code ?? (error as Error).message})`;
}

/** Reads a file's bytes, refusing over-size files, with a one-line reason. */
export function readDocumentBytes(path: string): { bytes: Buffer } | { error: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) return { error: `file is ${(size / 1024 / 1024).toFixed(1)} MB; sendlint checks files up to 5 MB, so it was not checked` };
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { error: describeFsError(error, 'read') };
  }
}

/** A document's text from its bytes, refusing binary and non-UTF-8 files with a one-line reason. */
export function decodeDocument(bytes: Buffer): ReadDocument | { error: string } {
  if (bytes.includes(0)) return { error: 'file looks binary (it contains NUL bytes), so it was not checked' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: 'file is not UTF-8 text, so it was not checked (save it as UTF-8)' };
  }
  const bom = text.startsWith(BOM);
  return { text: bom ? text.slice(1) : text, bytes, bom };
}

/** Reads one document, refusing binary, non-UTF-8 and over-size files with a one-line reason. */
export function readDocument(path: string): ReadDocument | { error: string } {
  const read = readDocumentBytes(path);
  return 'error' in read ? read : decodeDocument(read.bytes);
}

/**
 * Replaces a file's content atomically: writes a temporary file in the same
 * folder (same file system, so the rename is atomic) and renames it over the
 * target, so a reader never sees half a file. `mode` keeps an original's permissions.
 * Returns an error sentence, or null on success.
 */
export function replaceFileAtomically(path: string, content: string | Uint8Array, mode?: number): string | null {
  const temp = join(dirname(path), `.${basename(path)}.sendlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: mode ?? 0o666 });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
    return null;
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created.
    }
    return describeFsError(error, 'write');
  }
}

/**
 * Writes fixed text back to a document, refusing when the file changed on disk
 * since `original` was read, so work saved meanwhile (say, from an editor) is never lost.
 */
export function writeDocumentAtomically(path: string, original: ReadDocument, text: string): string | null {
  let mode: number;
  try {
    if (!readFileSync(path).equals(original.bytes)) return 'file changed on disk while sendlint was checking it, so it was not fixed';
    mode = statSync(path).mode & 0o7777;
  } catch (error) {
    return `${describeFsError(error, 'read')}, so it was not fixed`;
  }
  const error = replaceFileAtomically(path, (original.bom ? BOM : '') + text, mode);
  return error && `${error}, so it was not fixed`;
}
