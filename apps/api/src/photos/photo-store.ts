import { Inject, Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError } from '../errors/app-error';

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

/** How a bounded context refuses a photo: its own error codes, each naming the form field. */
export interface PhotoRefusals {
  invalid(message: string): AppError;
  tooLarge(): AppError;
}

/** The same rule for every photo (audit findings, customers' complaints): a JPEG, PNG or WebP by its bytes, at most 5 MB. Answers its content type. */
export function checkPhoto(bytes: Buffer, refuse: PhotoRefusals): string {
  if (bytes.length > MAX_PHOTO_BYTES) throw refuse.tooLarge();
  const type = photoType(bytes);
  if (!type) throw refuse.invalid('only JPEG, PNG or WebP images');
  return type;
}

/** Photos as files under the data folder (`<DATA_DIR>/uploads`); the database keeps their keys. */
@Injectable()
export class PhotoStore {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = resolve(config.DATA_DIR, 'uploads');
  }

  /** Checks type and size (nothing written when refused), writes the file, and answers its content type. */
  async save(key: string, bytes: Buffer, refuse: PhotoRefusals): Promise<string> {
    const type = checkPhoto(bytes, refuse);
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, key), bytes, { flag: 'wx' });
    return type;
  }

  /** A file whose row was never written (the filing was a retry, or failed). */
  async remove(key: string): Promise<void> {
    await rm(join(this.dir, key), { force: true });
  }

  open(key: string): ReadStream {
    return createReadStream(join(this.dir, key));
  }
}
