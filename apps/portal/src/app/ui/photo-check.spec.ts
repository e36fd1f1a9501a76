import { MAX_PHOTO_BYTES, photoProblem } from './photo-check';

describe(photoProblem.name, () => {
  it.each([
    { name: 'a JPEG', file: { type: 'image/jpeg', size: 1000 }, expected: null },
    {
      name: 'a WebP at the limit',
      file: { type: 'image/webp', size: MAX_PHOTO_BYTES },
      expected: null,
    },
    { name: 'a HEIC from an iPhone', file: { type: 'image/heic', size: 1000 }, expected: 'type' },
    { name: 'a PDF', file: { type: 'application/pdf', size: 1000 }, expected: 'type' },
    { name: 'over 5 MB', file: { type: 'image/png', size: MAX_PHOTO_BYTES + 1 }, expected: 'size' },
    { name: 'empty', file: { type: 'image/png', size: 0 }, expected: 'empty' },
  ])('$name', ({ file, expected }) => {
    expect(photoProblem(file)).toBe(expected);
  });
});
