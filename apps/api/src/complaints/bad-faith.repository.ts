import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contactKeys, type ContactFiling } from '@franscore/scoring';
import type { CustomerContact } from '@franscore/domain';
import { Scope, scopeCondition } from '../auth/scope';

/** One complaint of a customer, with what a flag may show of it (never the contact). */
export interface FilingRow {
  id: string;
  reference: string;
  location_id: string;
  location_code: string;
  received_at: Date;
  status: string;
  dispute: string;
  contact: CustomerContact | null;
  in_scope: boolean;
}

// The SQL twins of contactKeys(): the expressions of the contact indexes.
const EMAIL = `lower(btrim(c.contact->>'email'))`;
const PHONE = `regexp_replace(c.contact->>'phone', '\\D', '', 'g')`;
const COLUMNS = (scopeSql: string) => `c.id, c.reference, c.location_id, l.code AS location_code, c.received_at, c.status, c.dispute, c.contact, (${scopeSql}) AS in_scope`;

export function filingOf(r: FilingRow): ContactFiling {
  return { complaintId: r.id, contactKeys: contactKeys(r.contact), locationId: r.location_id, receivedAtMs: r.received_at.getTime() };
}

@Injectable()
export class BadFaithRepository {
  /** Every complaint filed under these contact keys between `from` and `to` (by the indexes). */
  async byContact(m: EntityManager, scope: Scope, keys: string[], from: Date, to: Date): Promise<FilingRow[]> {
    const emails = keys.filter((k) => k.startsWith('email:')).map((k) => k.slice(6));
    const phones = keys.filter((k) => k.startsWith('phone:')).map((k) => k.slice(6));
    const params: unknown[] = [emails, phones, from, to];
    const inScope = scopeCondition(scope, 'l', params);
    return m.query(
      `SELECT ${COLUMNS(inScope)} FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.received_at BETWEEN $3 AND $4
         AND ((c.contact->>'email' IS NOT NULL AND ${EMAIL} = ANY($1::text[])) OR (c.contact->>'phone' IS NOT NULL AND ${PHONE} = ANY($2::text[])))
       ORDER BY c.received_at, c.id`,
      params,
    );
  }

  /**
   * The complaints between `from` and `to` that share a contact key with another:
   * a complaint that shares none is a customer's only one and no rule can flag
   * it. Counting per key in SQL keeps the candidates few; the rules (which also
   * join a customer's e-mail and phone) run in libs/scoring.
   */
  async candidates(m: EntityManager, scope: Scope, from: Date, to: Date): Promise<FilingRow[]> {
    const params: unknown[] = [from, to];
    const inScope = scopeCondition(scope, 'l', params);
    return m.query(
      `WITH keyed AS (
         SELECT c.id, ${EMAIL} AS email, ${PHONE} AS phone FROM complaint c
         WHERE c.contact IS NOT NULL AND c.received_at BETWEEN $1 AND $2),
       repeat_email AS (SELECT email FROM keyed WHERE email IS NOT NULL AND email <> '' GROUP BY email HAVING count(*) >= 2),
       repeat_phone AS (SELECT phone FROM keyed WHERE length(phone) >= 5 GROUP BY phone HAVING count(*) >= 2)
       SELECT ${COLUMNS(inScope)} FROM complaint c JOIN location l ON l.id = c.location_id
       WHERE c.id IN (SELECT k.id FROM keyed k WHERE k.email IN (SELECT email FROM repeat_email) OR k.phone IN (SELECT phone FROM repeat_phone))
       ORDER BY c.received_at, c.id`,
      params,
    );
  }
}
