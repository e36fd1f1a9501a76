import { FlaggedComplaintListSchema } from '@franscore/domain';
import { signInHome, usePage } from './support/browser';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('bad-faith flags', () => {
  const ui = usePage();

  it('shows head office the demo customer who complained at three locations, and leads from one complaint to the others', async () => {
    await signInHome(ui.page, 'auditor@franscore.demo');
    const flagged = FlaggedComplaintListSchema.parse(
      await (await ui.page.request.get(`/api/complaint-flags?from=${day(-30)}&to=${day(1)}`)).json(),
    );
    const pattern = flagged.filter((f) => f.rules.includes('many_locations'));
    expect(pattern.length).toBeGreaterThanOrEqual(3);

    await ui.page.goto(`/complaints/${pattern[0].id}`);
    const flag = ui.page.getByTestId('bad-faith-flag');
    await flag.getByRole('heading', { name: 'Possible bad-faith pattern' }).waitFor();
    await flag.getByText('This customer complained at 3 or more locations within 30 days.').waitFor();
    const related = flag.getByTestId('bad-faith-related').getByRole('link');
    expect(await related.count()).toBeGreaterThanOrEqual(2);

    const other = (await related.first().textContent())?.trim() ?? '';
    await related.first().click();
    await ui.page.getByRole('heading', { level: 1 }).getByText(other).waitFor();
    await ui.page.getByTestId('bad-faith-flag').getByTestId('bad-faith-related').getByRole('link', { name: pattern[0].reference }).waitFor();
  });
});
