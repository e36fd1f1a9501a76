import type { ApiClientKind } from '@franscore/domain';

/** What the admin is shown after issuing a token: the one request that puts it to work, and the words above it. */
export interface WireExample {
  readonly hintKey: string;
  readonly curl: string;
}

/**
 * A button presses with no body; a partner names the location and its own order
 * reference; a point-of-sale feed sends a day's orders. `origin` is the portal's.
 */
export function wireExample(kind: ApiClientKind, token: string, origin: string): WireExample {
  const auth = `-H "Authorization: Bearer ${token}"`;
  switch (kind) {
    case 'in_store_button':
      return { hintKey: 'apiClients.wireHint', curl: `curl -X POST ${auth} ${origin}/api/client/complaints` };
    case 'partner':
      return {
        hintKey: 'apiClients.wirePartner',
        curl: `curl -X POST ${auth} -H 'content-type: application/json' -H 'Idempotency-Key: order-DLV-1001' -d '{"locationCode":"MSK-001","category":"delivery","description":"Arrived cold","orderNumber":"DLV-1001"}' ${origin}/api/client/complaints`,
      };
    case 'pos':
      return {
        hintKey: 'apiClients.wirePos',
        curl: `curl -X PUT ${auth} -H 'content-type: application/json' -d '{"rows":[{"locationCode":"MSK-001","day":"2026-11-30","orders":412}]}' ${origin}/api/client/order-volumes`,
      };
  }
}
