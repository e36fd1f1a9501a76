import { csvCell, csvRow } from './csv-cell';

describe(csvCell.name, () => {
  it.each([
    { name: 'plain text', value: 'Moscow', expected: 'Moscow' },
    { name: 'empty text', value: '', expected: '' },
    { name: 'a comma', value: 'Smith, Ltd', expected: '"Smith, Ltd"' },
    { name: 'a quote', value: 'the "old" one', expected: '"the ""old"" one"' },
    { name: 'a line break', value: 'a\nb', expected: '"a\nb"' },
    { name: 'a DDE payload', value: "=cmd|' /C calc'!A0", expected: "'=cmd|' /C calc'!A0" },
    { name: 'a formula with quotes and a comma', value: '=HYPERLINK("http://x", "y")', expected: `"'=HYPERLINK(""http://x"", ""y"")"` },
    { name: 'a leading plus', value: '+1+1', expected: "'+1+1" },
    { name: 'a leading minus in text', value: '-2+3', expected: "'-2+3" },
    { name: 'text that looks like a negative number is still text', value: '-5', expected: "'-5" },
    { name: 'a leading at sign', value: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
    { name: 'a leading tab', value: '\t=1', expected: "'\t=1" },
    { name: 'a leading carriage return', value: '\r=1', expected: `"'\r=1"` },
    { name: 'a formula sign later in the text', value: 'Cafe = good', expected: 'Cafe = good' },
    { name: 'a leading space is not a formula', value: ' =1', expected: ' =1' },
    { name: 'a number', value: 75.1, expected: '75.1' },
    { name: 'a negative number stays a number', value: -5.2, expected: '-5.2' },
    { name: 'zero', value: 0, expected: '0' },
    { name: 'not a number', value: Number.NaN, expected: '' },
    { name: 'infinity', value: Number.POSITIVE_INFINITY, expected: '' },
    { name: 'null', value: null, expected: '' },
  ])('$name', ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('joins a row of cells with commas', () => {
    expect(csvRow(['=1+1', 'a,b', -1, null])).toBe(`'=1+1,"a,b",-1,`);
  });
});
