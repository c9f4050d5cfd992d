import { expect } from 'vitest';

/**
 * The store's edit checks load on their own in the app (renderer/store/edit-tools); the screens that use
 * them wait for them. Renderer unit tests drive the store directly, as a screen would once loaded, so
 * they get the checks loaded first. tests/unit/renderer/store/edit-tools.test.ts covers the moment before.
 */
const testPath = expect.getState().testPath ?? '';
if (testPath.includes('/tests/unit/renderer/') && !testPath.endsWith('/edit-tools.test.ts')) {
  const { loadEditTools, loadTemplateTools } = await import('../../../renderer/store/edit-tools');
  await Promise.all([loadEditTools(), loadTemplateTools()]);
}
