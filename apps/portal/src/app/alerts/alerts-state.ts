import { Alert, AlertListSchema } from '@franscore/domain';
import { z } from 'zod';

/** The domain exports the list's schema; its type is inferred here, where the list is consumed. */
export type AlertList = z.infer<typeof AlertListSchema>;

/** The menu shows this many; the API lists the latest 50. */
export const MAX_ALERTS = 50;

export type AlertsEvent =
  | { readonly type: 'loaded'; readonly list: AlertList }
  | { readonly type: 'received'; readonly alert: Alert }
  | { readonly type: 'allRead' };

export interface AlertsState {
  readonly items: readonly Alert[];
  readonly unread: number;
  /** Whether the first list has arrived; before it the count is unknown, not zero. */
  readonly loaded: boolean;
}

export const INITIAL_ALERTS_STATE: AlertsState = { items: [], unread: 0, loaded: false };

const byNewest = (a: Alert, b: Alert) => b.at.localeCompare(a.at);

export function reduceAlerts(state: AlertsState, event: AlertsEvent): AlertsState {
  switch (event.type) {
    case 'loaded': {
      // A live alert can overtake the list request that was already on its way: one
      // newer than anything listed was not counted by the server yet, so it stays.
      const listed = new Set(event.list.items.map((a) => a.id));
      const newest = event.list.items.reduce((max, a) => (a.at > max ? a.at : max), '');
      const overtaking = state.items.filter((a) => !listed.has(a.id) && a.at > newest);
      return {
        items: [...overtaking, ...event.list.items].sort(byNewest).slice(0, MAX_ALERTS),
        unread: event.list.unread + overtaking.length,
        loaded: true,
      };
    }
    // The stream may repeat an alert the list already holds (after a reconnect): count it once.
    case 'received':
      if (state.items.some((a) => a.id === event.alert.id)) return state;
      return {
        ...state,
        items: [event.alert, ...state.items].sort(byNewest).slice(0, MAX_ALERTS),
        unread: state.unread + 1,
      };
    case 'allRead':
      return { ...state, unread: 0 };
  }
}

/** Whether an alert is new to the state, so worth a toast. */
export function isNewAlert(state: AlertsState, alert: Alert): boolean {
  return !state.items.some((a) => a.id === alert.id);
}
