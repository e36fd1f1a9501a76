import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { ReadStream } from 'node:fs';
import { DataSource, EntityManager } from 'typeorm';
import { Scope } from '../auth/scope';
import { AppError } from '../errors/app-error';
import { checkPhoto, PhotoRefusals, PhotoStore } from '../photos/photo-store';
import { complaintErrors } from './complaints.errors';
import { ComplaintsRepository } from './complaints.repository';
import type { Filer } from './complaint-intake.service';

/** The public form's photo field is `photo`: every refusal names it. */
const refusals: PhotoRefusals = {
  invalid: (message) => new AppError('complaint.photo_invalid', 'invalid', `Invalid photo: ${message}`, [{ field: 'photo', message }]),
  tooLarge: () => new AppError('complaint.photo_too_large', 'too_large', 'Photo larger than 5 MB', [{ field: 'photo', message: 'larger than 5 MB' }]),
};
const photoNotFound = () => new AppError('complaint.photo_not_found', 'not_found', 'Photo not found');

/** A photo that passed the checks, not yet written. */
export interface CheckedPhoto {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** In the filing's request hash: a retry with another photo is another request. */
  readonly sha256: string;
}

/**
 * The customer's photo with a complaint from the public form, checked as audit
 * photos are (JPEG, PNG or WebP by their bytes, at most 5 MB). It is shown to
 * whoever sees the complaint.
 */
@Injectable()
export class ComplaintPhotos {
  constructor(
    private readonly ds: DataSource,
    private readonly store: PhotoStore,
    private readonly repo: ComplaintsRepository,
  ) {}

  /** Before anything is written: 400 (413 when too large) naming `photo`. */
  check(bytes: Buffer): CheckedPhoto {
    const contentType = checkPhoto(bytes, refusals);
    return { bytes, contentType, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  /**
   * Files a complaint with its photo: the file is written first, and only a
   * new complaint takes its key, in the filing's own transaction. A retry of
   * the same request (or a refused or failed filing) leaves no file behind.
   */
  async fileWith<T extends { created: boolean }>(photo: CheckedPhoto, file: (onAccepted: NonNullable<Filer['onAccepted']>) => Promise<T>): Promise<T> {
    const key = `complaint-${randomUUID()}`;
    await this.store.save(key, photo.bytes, refusals);
    let kept = false;
    try {
      const result = await file(async (m: EntityManager, _at: Date, filed) => {
        if (!filed?.created) return;
        await m.query(`UPDATE complaint SET photo_key = $2, photo_content_type = $3, photo_size_bytes = $4 WHERE id = $1`, [filed.complaintId, key, photo.contentType, photo.bytes.length]);
        kept = true;
      });
      if (!result.created) kept = false;
      return result;
    } finally {
      if (!kept) await this.store.remove(key);
    }
  }

  /** The photo of a complaint the scope sees; 404 for one it does not, or one without a photo. */
  async open(scope: Scope, complaintId: string): Promise<{ contentType: string; sizeBytes: number; stream: ReadStream }> {
    const row = await this.repo.inScope(this.ds.manager, scope, complaintId);
    if (!row) throw complaintErrors.notFound();
    if (!row.photo_key || !row.photo_content_type) throw photoNotFound();
    return { contentType: row.photo_content_type, sizeBytes: row.photo_size_bytes ?? 0, stream: this.store.open(row.photo_key) };
  }
}
