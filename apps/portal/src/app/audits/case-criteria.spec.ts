import { CRITERIA, CriteriaSchema } from '@franscore/domain';
import {
  CriteriaDraft,
  draftFromCase,
  isComplete,
  liveCaseScore,
  toCriteria,
  unanswered,
} from './case-criteria';

const all = (choice: 0 | 1 | 2 | 'na'): CriteriaDraft =>
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, choice]));

describe(liveCaseScore.name, () => {
  it.each([
    { name: 'nothing answered', draft: {}, expected: null },
    { name: 'all done well', draft: all(2), expected: 100 },
    { name: 'all not done', draft: all(0), expected: 0 },
    { name: 'all not applicable', draft: all('na'), expected: null },
    // 100 * (2 + 1 + 0 + 2 + 2) / (2 * 5): two criteria N/A.
    {
      name: 'mixed, two N/A',
      draft: {
        ...all(2),
        acknowledge: 1,
        takeAction: 0,
        thank: 'na',
        proportionateCompensation: 'na',
      } as CriteriaDraft,
      expected: 70,
    },
    { name: 'so far: one answered', draft: { listen: 1 } as CriteriaDraft, expected: 50 },
  ])('$name', ({ draft, expected }) => {
    expect(liveCaseScore(draft)).toBe(expected);
  });
});

describe(toCriteria.name, () => {
  it('is null until every criterion is answered', () => {
    const draft = { ...all(2) };
    delete draft.explain;
    expect(toCriteria(draft)).toBeNull();
    expect(isComplete(draft)).toBe(false);
    expect(unanswered(draft)).toEqual(['explain']);
  });

  it('sends all seven keys, N/A as null, as the API accepts them', () => {
    const sut = toCriteria({ ...all(1), thank: 'na', listen: 0 });
    expect(sut).toEqual({
      listen: 0,
      acknowledge: 1,
      takeAction: 1,
      thank: null,
      explain: 1,
      sincereApology: 1,
      proportionateCompensation: 1,
    });
    expect(CriteriaSchema.safeParse(sut).success).toBe(true);
  });
});

describe(draftFromCase.name, () => {
  it('starts an unscored case empty', () => {
    expect(draftFromCase({ criteria: null })).toEqual({});
  });

  it('reads a scored case back, null as N/A', () => {
    const criteria = { ...toCriteria(all(2)), thank: null, explain: 0 };
    expect(draftFromCase({ criteria })).toEqual({ ...all(2), thank: 'na', explain: 0 });
  });
});
