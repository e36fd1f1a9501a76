import { PlaybookContent } from '@franscore/domain';
import { makeContent, makeStep } from './playbook-factories';
import { formToContent } from './playbook-form';

describe('formToContent', () => {
  it('passes a valid content through', () => {
    expect(formToContent(makeContent())).toEqual(makeContent());
  });

  const content = makeContent();
  it.each<{ name: string; value: PlaybookContent }>([
    {
      name: 'a blank Russian title',
      value: { ...content, steps: [makeStep({ title: { en: 'Listen', ru: ' ' } })] },
    },
    {
      name: 'a maximum below the minimum',
      value: { ...content, compensation: { ...content.compensation, min: 100, max: 50 } },
    },
    {
      name: 'no kind of compensation',
      value: { ...content, compensation: { ...content.compensation, kinds: [] } },
    },
    {
      name: 'a lower-case currency',
      value: { ...content, compensation: { ...content.compensation, currency: 'rub' } },
    },
    { name: 'no steps', value: { ...content, steps: [] } },
    {
      name: 'a deadline of zero minutes',
      value: { ...content, steps: [makeStep({ withinMinutes: 0 })] },
    },
  ])('refuses $name', ({ value }) => {
    expect(formToContent(value)).toBeNull();
  });
});
