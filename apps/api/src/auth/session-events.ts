import { Injectable } from '@nestjs/common';
import { filter, Observable, Subject } from 'rxjs';

export type SessionEnded = { tokenHash: string } | { userId: string };

/** Whether an ending ends the session with this token hash (of this user). */
export const endsSession = (e: SessionEnded, tokenHash: string, userId: string): boolean =>
  'tokenHash' in e ? e.tokenHash === tokenHash : e.userId === userId;

/**
 * Sessions ended in this process (logout; a user's sessions revoked when their
 * role, scope, password or status changed), so what lives as long as a session,
 * such as an alert stream, ends with it at once. Other instances' endings are
 * reported by the alert bus (see AlertsService).
 */
@Injectable()
export class SessionEvents {
  private readonly ended = new Subject<SessionEnded>();

  sessionEnded(tokenHash: string): void {
    this.ended.next({ tokenHash });
  }

  userSessionsEnded(userId: string): void {
    this.ended.next({ userId });
  }

  /** Every ending in this process, for telling the other instances. */
  get ended$(): Observable<SessionEnded> {
    return this.ended.asObservable();
  }

  /** Emits when the session with this token hash, or every session of this user, has ended. */
  endOf(tokenHash: string, userId: string): Observable<SessionEnded> {
    return this.ended.pipe(filter((e) => endsSession(e, tokenHash, userId)));
  }
}
