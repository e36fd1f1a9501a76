import { ApiClientKind, IssueApiClient } from '@franscore/domain';

export type PartnerChannel = 'delivery_partner' | 'app';

export interface IssueFormValue {
  readonly name: string;
  readonly kind: ApiClientKind;
  readonly locationId: string | null;
  readonly channel: PartnerChannel | null;
}

/** Which fields the form shows for a kind: a button is bound to a location, a partner has a channel. */
export function issueFields(kind: ApiClientKind): { location: 'required' | 'optional' | 'none'; channel: boolean } {
  switch (kind) {
    case 'in_store_button':
      return { location: 'required', channel: false };
    case 'partner':
      return { location: 'none', channel: true };
    case 'pos':
      return { location: 'optional', channel: false };
  }
}

/**
 * The body of POST /api/api-clients: only the fields the kind takes (a location
 * picked before switching to a partner is not sent), or null when one it needs is missing.
 */
export function toIssueApiClient(value: IssueFormValue): IssueApiClient | null {
  const name = value.name.trim();
  const fields = issueFields(value.kind);
  if (name.length < 2) return null;
  if (fields.location === 'required' && !value.locationId) return null;
  if (fields.channel && !value.channel) return null;
  return {
    name,
    kind: value.kind,
    ...(fields.location !== 'none' && value.locationId ? { locationId: value.locationId } : {}),
    ...(fields.channel && value.channel ? { channel: value.channel } : {}),
  };
}
