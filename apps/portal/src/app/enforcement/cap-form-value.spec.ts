import { EMPTY_CAP_ROW, toSubmitCap } from './cap-form-value';

describe(toSubmitCap.name, () => {
  const row = {
    description: '  Second cashier at lunch  ',
    owner: ' Store manager ',
    dueDate: '2026-12-05',
  };

  it('trims the rows into the API body', () => {
    expect(toSubmitCap([row, { ...row, description: 'Training for all shifts' }])).toEqual({
      actions: [
        { description: 'Second cashier at lunch', owner: 'Store manager', dueDate: '2026-12-05' },
        { description: 'Training for all shifts', owner: 'Store manager', dueDate: '2026-12-05' },
      ],
    });
  });

  it.each([
    { name: 'no rows', rows: [] },
    { name: 'an empty row', rows: [EMPTY_CAP_ROW] },
    { name: 'a description under 5 characters', rows: [{ ...row, description: 'fix' }] },
    { name: 'no due date', rows: [{ ...row, dueDate: '' }] },
  ])('refuses $name', ({ rows }) => {
    expect(toSubmitCap(rows)).toBeNull();
  });
});
