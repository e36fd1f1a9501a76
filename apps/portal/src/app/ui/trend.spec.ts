import { TrendPoint, oldestFirst, trendBars } from './trend';

const point = (period: string, overall: number | null): TrendPoint => ({
  period,
  overall,
  band: overall === null ? null : 'good',
});

describe(trendBars.name, () => {
  const layout = { width: 300, height: 100, gap: 10 };

  it('places one bar per period on a 0-100 scale', () => {
    expect(
      trendBars([point('2026-08', 50), point('2026-09', 100), point('2026-10', null)], layout),
    ).toEqual([
      { ...point('2026-08', 50), x: 5, y: 50, width: 90, height: 50 },
      { ...point('2026-09', 100), x: 105, y: 0, width: 90, height: 100 },
      { ...point('2026-10', null), x: 205, y: 100, width: 90, height: 0 },
    ]);
  });

  it('draws nothing without points', () => {
    expect(trendBars([], layout)).toEqual([]);
  });
});

describe(oldestFirst.name, () => {
  it('keeps the newest, oldest first', () => {
    const cards = [point('2026-10', 1), point('2026-08', 2), point('2026-09', 3)];
    expect(oldestFirst(cards, 2).map((c) => c.period)).toEqual(['2026-09', '2026-10']);
  });
});
