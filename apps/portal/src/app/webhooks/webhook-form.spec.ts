import { CreateWebhookEndpointSchema } from '@franscore/domain';
import { allEvents, toCreateWebhookEndpoint, WebhookFormValue } from './webhook-form';

function makeValue(overrides: Partial<WebhookFormValue> = {}): WebhookFormValue {
  return { url: 'https://crm.example.com/hooks', description: 'CRM', events: allEvents(), ...overrides };
}

describe(toCreateWebhookEndpoint.name, () => {
  it.each([
    {
      name: 'every event, trimmed',
      value: makeValue({ url: '  https://crm.example.com/hooks ', description: ' CRM ' }),
      expected: {
        url: 'https://crm.example.com/hooks',
        description: 'CRM',
        events: ['complaint.received', 'complaint.sla_breached', 'complaint.resolved', 'scorecard.finalized', 'enforcement_case.changed'],
        active: true,
      },
    },
    {
      name: 'only the ticked events, in the contract order',
      value: makeValue({ events: { ...allEvents(), 'complaint.received': false, 'complaint.resolved': false, 'scorecard.finalized': false } }),
      expected: { url: 'https://crm.example.com/hooks', description: 'CRM', events: ['complaint.sla_breached', 'enforcement_case.changed'], active: true },
    },
  ])('$name', ({ value, expected }) => {
    const body = toCreateWebhookEndpoint(value);
    expect(body).toEqual(expected);
    expect(CreateWebhookEndpointSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    { name: 'no URL', value: makeValue({ url: '   ' }) },
    {
      name: 'no event ticked',
      value: makeValue({ events: { 'complaint.received': false, 'complaint.sla_breached': false, 'complaint.resolved': false, 'scorecard.finalized': false, 'enforcement_case.changed': false } }),
    },
  ])('nothing to send with $name', ({ value }) => {
    expect(toCreateWebhookEndpoint(value)).toBeNull();
  });
});
