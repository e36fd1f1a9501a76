import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@franscore/domain';

/** Who a notice is addressed to, and the person (if any) who set the case's level. */
export interface NoticeParties {
  franchisee: { legalName: string; contactEmail: string | null; contactPhone: string | null };
  location: { code: string; name: string; address: string };
}

export interface NoticePerson {
  name: string;
  role: Role;
}

@Injectable()
export class NoticePartiesRepository {
  /** The addressee of a case's letters: the franchisee's legal name and contact, and the location's address. */
  async parties(m: EntityManager, caseId: string): Promise<NoticeParties | null> {
    const rows: Array<{ legal_name: string; contact_email: string | null; contact_phone: string | null; code: string; name: string; address: string }> = await m.query(
      `SELECT f.legal_name, f.contact_email, f.contact_phone, l.code, l.name, l.address
       FROM enforcement_case ec JOIN location l ON l.id = ec.location_id JOIN franchisee f ON f.id = l.franchisee_id WHERE ec.id = $1`,
      [caseId],
    );
    const r = rows[0];
    return r ? { franchisee: { legalName: r.legal_name, contactEmail: r.contact_email, contactPhone: r.contact_phone }, location: { code: r.code, name: r.name, address: r.address } } : null;
  }

  /** The person who made a step of the case (its history's `seq`); null when a rule made it. */
  async actorOf(m: EntityManager, caseId: string, seq: number): Promise<NoticePerson | null> {
    const rows: Array<{ display_name: string; role: Role }> = await m.query(
      `SELECT u.display_name, u.role FROM enforcement_event e JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = $1 AND e.seq = $2`,
      [caseId, seq],
    );
    return rows[0] ? { name: rows[0].display_name, role: rows[0].role } : null;
  }
}
