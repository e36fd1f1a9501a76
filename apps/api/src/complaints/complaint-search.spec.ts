import { searchTerms } from './complaints.repository';

describe('searchTerms', () => {
  it.each([
    // text, contacts allowed, expected
    ['c-ab12cd34', true, { reference: 'C-AB12CD34', words: ['c-ab12cd34'], email: null, phoneDigits: null }],
    ['Ann@Example.com', true, { reference: 'ANN@EXAMPLE.COM', words: ['Ann@Example.com'], email: 'ann@example.com', phoneDigits: null }],
    ['Ann@Example.com', false, { reference: 'ANN@EXAMPLE.COM', words: ['Ann@Example.com'], email: null, phoneDigits: null }],
    ['+44 (20) 7946-0958', true, { reference: '+44 (20) 7946-0958', words: ['+44', '(20)', '7946-0958'], email: null, phoneDigits: '442079460958' }],
    ['+44 (20) 7946-0958', false, { reference: '+44 (20) 7946-0958', words: ['+44', '(20)', '7946-0958'], email: null, phoneDigits: null }],
    ['020 7946 0958', true, { reference: '020 7946 0958', words: ['020', '7946', '0958'], email: null, phoneDigits: '2079460958' }],
    // Too few digits to be a phone number: only a reference or words.
    ['12345', true, { reference: '12345', words: ['12345'], email: null, phoneDigits: null }],
    ['  cold   burger ', true, { reference: 'COLD   BURGER', words: ['cold', 'burger'], email: null, phoneDigits: null }],
  ])('%p (contacts %p)', (text, contacts, expected) => {
    expect(searchTerms(text, contacts)).toEqual(expected);
  });

  it('keeps at most 8 words', () => {
    expect(searchTerms('a b c d e f g h i j', false).words).toHaveLength(8);
  });
});
