import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFAULT_HEAD_OFFICE_SETTINGS, HeadOfficeSettings, UpdateHeadOfficeSettings } from '@franscore/domain';

interface Row {
  name: string;
  postal_address: string;
  customer_lifetime_value: string;
  currency: string;
  word_of_mouth_multiplier: string;
  updated_at: Date | null;
  updated_by: string | null;
}

const toSettings = (r: Row): HeadOfficeSettings => ({
  name: r.name,
  postalAddress: r.postal_address,
  customerLifetimeValue: Number(r.customer_lifetime_value),
  currency: r.currency,
  wordOfMouthMultiplier: Number(r.word_of_mouth_multiplier),
  updatedAt: r.updated_at?.toISOString() ?? null,
  updatedBy: r.updated_by,
});

/** Head office's one row of settings; the defaults stand until it is first saved. */
@Injectable()
export class SettingsRepository {
  async get(m: EntityManager, lock = false): Promise<HeadOfficeSettings> {
    const rows: Row[] = await m.query(`SELECT * FROM head_office_settings WHERE id ${lock ? 'FOR UPDATE' : ''}`);
    return rows[0] ? toSettings(rows[0]) : { ...DEFAULT_HEAD_OFFICE_SETTINGS };
  }

  async save(m: EntityManager, s: UpdateHeadOfficeSettings, at: Date, by: string): Promise<void> {
    await m.query(
      `INSERT INTO head_office_settings (id, name, postal_address, customer_lifetime_value, currency, word_of_mouth_multiplier, updated_at, updated_by)
       VALUES (true, $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, postal_address = EXCLUDED.postal_address,
         customer_lifetime_value = EXCLUDED.customer_lifetime_value, currency = EXCLUDED.currency,
         word_of_mouth_multiplier = EXCLUDED.word_of_mouth_multiplier, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [s.name, s.postalAddress, s.customerLifetimeValue, s.currency, s.wordOfMouthMultiplier, at, by],
    );
  }
}
