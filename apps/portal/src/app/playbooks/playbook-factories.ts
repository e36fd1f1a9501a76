import { Playbook, PlaybookContent, PlaybookStep } from '@franscore/domain';

// Typed factories for the feature's unit tests.

export function makeStep(overrides: Partial<PlaybookStep> = {}): PlaybookStep {
  return {
    event: 'acknowledged',
    title: { en: 'Listen', ru: 'Выслушайте' },
    detail: { en: 'Let them finish.', ru: 'Дайте договорить.' },
    withinMinutes: 10,
    ...overrides,
  };
}

export function makeContent(overrides: Partial<PlaybookContent> = {}): PlaybookContent {
  return {
    steps: [
      makeStep(),
      makeStep({
        event: 'apologized',
        title: { en: 'Apologise', ru: 'Извинитесь' },
        withinMinutes: 15,
      }),
      makeStep({
        event: 'resolved',
        title: { en: 'Explain', ru: 'Объясните' },
        withinMinutes: null,
      }),
    ],
    sayPhrases: [{ en: 'I am sorry, this is our mistake.', ru: 'Простите, это наша ошибка.' }],
    avoidPhrases: [
      { en: 'This should not have happened.', ru: 'Такого не должно было случиться.' },
    ],
    callIn: [{ en: 'The shift manager', ru: 'Менеджер смены' }],
    compensation: { kinds: ['voucher', 'refund'], min: 100, max: 500, currency: 'RUB' },
    ...overrides,
  };
}

export function makePlaybook(overrides: Partial<Playbook> = {}): Playbook {
  return {
    id: '5a0c6b7e-1d2f-4e3a-8b9c-0d1e2f3a4b5c',
    category: 'wait_time',
    severity: '*',
    version: 1,
    status: 'published',
    content: makeContent(),
    createdAt: '2026-03-01T09:00:00.000Z',
    publishedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}
