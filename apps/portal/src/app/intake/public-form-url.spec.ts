import { publicFormPath, publicFormUrl } from './public-form-url';

describe(publicFormUrl.name, () => {
  it.each([
    {
      name: 'plain origin',
      origin: 'https://franscore.example',
      code: 'MSK-014',
      expected: 'https://franscore.example/c/MSK-014',
    },
    {
      name: 'trailing slash',
      origin: 'http://127.0.0.1:3000/',
      code: 'SPB-002',
      expected: 'http://127.0.0.1:3000/c/SPB-002',
    },
    {
      name: 'code escaped',
      origin: 'https://f.example',
      code: 'A B/1',
      expected: 'https://f.example/c/A%20B%2F1',
    },
  ])('$name', ({ origin, code, expected }) => {
    expect(publicFormUrl(origin, code)).toBe(expected);
  });

  it('is the path inside the portal', () => {
    expect(publicFormPath('MSK-014')).toBe('/c/MSK-014');
  });
});
