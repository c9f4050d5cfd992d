import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadableLazy } from '../../../../renderer/components/preloadable-lazy';

function Greeting({ name }: { name: string }) {
  return createElement('p', null, `Hello ${name}`);
}

describe('preloadableLazy', () => {
  it('suspends like React.lazy until its code is here', () => {
    const { Component } = preloadableLazy(() => new Promise<{ default: typeof Greeting }>(() => {}));
    const html = renderToString(createElement(Suspense, { fallback: createElement('i', null, 'loading') }, createElement(Component, { name: 'Ada' })));
    expect(html).toContain('loading');
    expect(html).not.toContain('Hello');
  });

  it('once preloaded, renders the component in the first render, with its props', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const { Component, preload } = preloadableLazy(load);
    await preload();
    const html = renderToString(createElement(Suspense, { fallback: createElement('i', null, 'loading') }, createElement(Component, { name: 'Ada' })));
    expect(html).toContain('Hello Ada');
    expect(html).not.toContain('loading');
  });

  it('fetches the code once however often it is preloaded', async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const { preload } = preloadableLazy(load);
    await Promise.all([preload(), preload()]);
    await preload();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
