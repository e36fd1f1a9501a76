import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config';
import { auditErrors } from './audits.errors';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Image types we keep, recognised by their first bytes rather than by what the client claims. */
const SIGNATURES: Array<{ type: string; matches: (b: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', matches: (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', matches: (b) => b.length > 12 && b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP' },
];

export function photoType(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.type ?? null;
}

/** Audit photos as files under the data folder (`<DATA_DIR>/uploads`); the database keeps their keys. */
@Injectable()
export class PhotoStore {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = resolve(config.DATA_DIR, 'uploads');
  }

  /** Checks type and size, writes the file, and answers its content type. */
  async save(key: string, bytes: Buffer): Promise<string> {
    if (bytes.length > MAX_PHOTO_BYTES) throw auditErrors.photoTooLarge();
    const type = photoType(bytes);
    if (!type) throw auditErrors.photo('only JPEG, PNG or WebP images');
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, key), bytes, { flag: 'wx' });
    return type;
  }

  open(key: string): ReadStream {
    return createReadStream(join(this.dir, key));
  }
}
