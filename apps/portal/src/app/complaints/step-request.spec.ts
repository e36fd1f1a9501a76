import { RecordEventSchema } from '@franscore/domain';
import { HandlingEventType } from '@franscore/domain';
import { Compensation, handlingSteps, toRecordEvent } from './step-request';

interface Row {
  name: string;
  type: HandlingEventType;
  note: string;
  compensation?: Compensation;
  expected: unknown;
}

describe(toRecordEvent.name, () => {
  it.each<Row>([
    {
      name: 'a step alone',
      type: 'acknowledged',
      note: '   ',
      expected: { type: 'acknowledged' },
    },
    {
      name: 'a step with a trimmed note',
      type: 'apologized',
      note: '  Called and apologized. ',
      expected: { type: 'apologized', note: 'Called and apologized.' },
    },
    {
      name: 'a compensation with kind and value',
      type: 'compensation_offered',
      note: '',
      compensation: { kind: 'voucher', value: 500 },
      expected: { type: 'compensation_offered', kind: 'voucher', value: 500 },
    },
    {
      name: 'a free compensation is still a value',
      type: 'compensation_offered',
      note: 'A dessert',
      compensation: { kind: 'gift', value: 0 },
      expected: { type: 'compensation_offered', note: 'A dessert', kind: 'gift', value: 0 },
    },
    {
      name: 'kind and value never go with another step',
      type: 'resolved',
      note: '',
      compensation: { kind: 'refund', value: 10 },
      expected: { type: 'resolved' },
    },
  ])('$name', ({ type, note, compensation, expected }) => {
    const sut = toRecordEvent(type, note, compensation);
    expect(sut).toEqual(expected);
    expect(RecordEventSchema.safeParse(sut).success).toBe(true);
  });

  it.each([
    { name: 'no kind', compensation: { kind: null, value: 5 } },
    { name: 'no value', compensation: { kind: 'refund' as const, value: null } },
    { name: 'negative value', compensation: { kind: 'refund' as const, value: -1 } },
    { name: 'not a number', compensation: { kind: 'refund' as const, value: Number.NaN } },
  ])('refuses a compensation with $name', ({ compensation }) => {
    expect(toRecordEvent('compensation_offered', '', compensation)).toBeNull();
  });
});

describe(handlingSteps.name, () => {
  it('keeps only the steps a person records', () => {
    expect(handlingSteps(['acknowledged', 'followup_rating', 'dispute_filed', 'reopened'])).toEqual(
      ['acknowledged', 'reopened'],
    );
  });
});
