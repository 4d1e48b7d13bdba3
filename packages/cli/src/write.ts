import {randomBytes} from 'node:crypto'
import {chmod, chown, lstat, readFile, realpath, rename, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {decode, encode, label, type Decoded, type Encoding} from './decode.js'

/** Why a fix was not written: the file keeps its bytes, the report says so. */
export class WriteRefused extends Error {
  constructor(
    readonly code: 'read-only' | 'hard-linked' | 'changed' | 'encoding-mismatch' | 'encoding-ambiguous',
    message: string
  ) {
    super(message)
    this.name = 'WriteRefused'
  }
}

/**
 * The bytes of the fixed text in the file's own encoding (and byte-order mark),
 * after checking that this encoding gives back exactly the bytes that were read:
 * a forced `--encoding` that disagrees with the file would otherwise write
 * garbage over every character the fix did not touch.
 */
export function encodeFixed(before: string, after: string, decoded: Decoded, read: Uint8Array, forced?: Encoding): Buffer {
  if (!forced && decoded.ambiguous) {
    // Rewriting a guess could turn every character into another one on the next read.
    throw new WriteRefused(
      'encoding-ambiguous',
      `the bytes read as GB18030 and as Big5 and ${label(decoded.encoding)} is a guess; not fixed (pass --encoding to fix)`
    )
  }
  if (forced) {
    // GB18030 reads most Big5 bytes as other characters and writes them back unchanged, so a
    // round trip alone does not catch a wrong --encoding: detection must agree too.
    let detected: Encoding | undefined
    try {
      detected = decode(read).encoding
    } catch {
      detected = undefined
    }
    if (detected !== undefined && detected !== forced) {
      throw new WriteRefused(
        'encoding-mismatch',
        `--encoding ${label(forced)} disagrees with the detected ${label(detected)}; not fixed (check without --encoding)`
      )
    }
  }
  const original = encode(before, decoded)
  if (!original.equals(Buffer.from(read.buffer, read.byteOffset, read.byteLength))) {
    throw new WriteRefused(
      'encoding-mismatch',
      `${label(decoded.encoding)} does not give back the bytes that were read (is --encoding right?)`
    )
  }
  return encode(after, decoded)
}

/**
 * Write `next` over `file` without ever leaving it half-written and without
 * losing its identity: a symlink is followed and its target fixed; the mode
 * and owner are kept; a read-only file or one with other hard links is refused
 * (as ESLint and Prettier refuse read-only files); a file that changed since it
 * was read is not overwritten. A temporary file beside the target is renamed
 * over it.
 */
export async function writeAtomically(file: string, read: Uint8Array, next: Buffer): Promise<void> {
  const target = (await lstat(file)).isSymbolicLink() ? await realpath(file) : file
  const stats = await stat(target)
  if ((stats.mode & 0o222) === 0) throw new WriteRefused('read-only', `the file is read-only (mode ${(stats.mode & 0o777).toString(8)}); not fixed`)
  if (stats.nlink > 1) {
    throw new WriteRefused('hard-linked', `the file has ${stats.nlink} hard links, which a rewrite would break; not fixed`)
  }
  const current = await readFile(target)
  if (!current.equals(Buffer.from(read.buffer, read.byteOffset, read.byteLength))) {
    throw new WriteRefused('changed', 'the file changed since it was read; not overwritten')
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.jiaodui-${randomBytes(6).toString('hex')}`)
  try {
    await writeFile(temporary, next, {mode: stats.mode & 0o7777})
    // The umask may have narrowed the mode; an owner other than us is kept where we may.
    await chmod(temporary, stats.mode & 0o7777)
    if (process.getuid?.() === 0 && (stats.uid !== 0 || stats.gid !== 0)) await chown(temporary, stats.uid, stats.gid)
    await rename(temporary, target)
  } catch (error) {
    await unlink(temporary).catch(() => {})
    throw error
  }
}
