import { prepareTemplate, TEMPLATE_ENV } from './server';

declare global {
  var franscoreTemplate: { drop(): Promise<void> } | undefined;
}

/** One migrated and seeded small network for the whole run; each test file's server starts on a copy. */
export default async function globalSetup(): Promise<void> {
  const template = await prepareTemplate();
  globalThis.franscoreTemplate = template;
  // Workers are forked after this, with this environment.
  process.env[TEMPLATE_ENV] = template.source;
}
