import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An upload written to the temp area, hashed and synced, not yet in the store. */
export interface PendingBlob {
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

export type FileStore = ReturnType<typeof createFileStore>;

/**
 * Content-addressed blob store under DATA_DIR/files: a blob lives at <first 2 hex>/<sha256>, so the same
 * content is kept once however often it is uploaded, and a blob never changes once written. Uploads land
 * in tmp/ first and are renamed into place only when complete and synced: a crash leaves at most a stray
 * temp file, never a half-written blob under a valid name.
 */
export function createFileStore(dataDir: string) {
  const root = path.join(dataDir, 'files');
  const tempDir = path.join(root, 'tmp');

  const blobPath = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);

  async function syncDirectory(dir: string): Promise<void> {
    // Makes a rename durable; not every platform can open a directory (Windows), which is fine to skip.
    const handle = await fsp.open(dir, 'r').catch(() => null);
    if (!handle) return;
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  return {
    blobPath,

    /** Streams `source` to a temp file while hashing it; the caller commits or discards the result. */
    async receive(source: Readable): Promise<PendingBlob> {
      await fsp.mkdir(tempDir, { recursive: true });
      const tempPath = path.join(tempDir, randomUUID());
      const hash = createHash('sha256');
      let sizeBytes = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          done(null, chunk);
        },
      });
      try {
        // flush: fsync before close, so a blob is on disk before it is renamed into place and acknowledged.
        await pipeline(source, meter, fs.createWriteStream(tempPath, { flags: 'wx', flush: true }));
      } catch (error) {
        await fsp.rm(tempPath, { force: true });
        throw error;
      }
      return { tempPath, sha256: hash.digest('hex'), sizeBytes };
    },

    /** Moves a pending blob into place; when that content is already stored the copy is dropped. */
    async commit(pending: PendingBlob): Promise<void> {
      const target = blobPath(pending.sha256);
      if (fs.existsSync(target)) {
        await fsp.rm(pending.tempPath, { force: true });
        return;
      }
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.rename(pending.tempPath, target);
      await syncDirectory(path.dirname(target));
    },

    async discard(pending: PendingBlob | null): Promise<void> {
      if (pending) await fsp.rm(pending.tempPath, { force: true });
    },

    /** Opens a stored blob; the open handle guarantees the file exists before any header is sent. */
    async open(sha256: string): Promise<{ stream: Readable; sizeBytes: number }> {
      const handle = await fsp.open(blobPath(sha256), 'r');
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), sizeBytes: size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
  };
}
