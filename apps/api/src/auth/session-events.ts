import { Injectable } from '@nestjs/common';
import { filter, Observable, Subject } from 'rxjs';

type Ended = { tokenHash: string } | { userId: string };

/**
 * Sessions ended in this process (logout; a user's sessions revoked when their
 * role, scope, password or status changed), so what lives as long as a session,
 * such as an alert stream, ends with it at once. Other instances' endings are
 * caught by re-checking the session (see AlertsService).
 */
@Injectable()
export class SessionEvents {
  private readonly ended = new Subject<Ended>();

  sessionEnded(tokenHash: string): void {
    this.ended.next({ tokenHash });
  }

  userSessionsEnded(userId: string): void {
    this.ended.next({ userId });
  }

  /** Emits when the session with this token hash, or every session of this user, has ended. */
  endOf(tokenHash: string, userId: string): Observable<Ended> {
    return this.ended.pipe(filter((e) => ('tokenHash' in e ? e.tokenHash === tokenHash : e.userId === userId)));
  }
}
