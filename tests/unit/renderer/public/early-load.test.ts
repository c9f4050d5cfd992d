import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

/**
 * renderer/public/early-load.js runs as a classic script in <head>, while the page is still being parsed.
 * It may ask for the start texts at once, but the plan and the formatter warm-up wait until the page has
 * been parsed: main answers files and the plan on one thread, and a timer set during parsing ran before the
 * parser had asked for the module files (note 0031). Run here in a made-up page whose parsing we finish.
 */
const SCRIPT = readFileSync('renderer/public/early-load.js', 'utf8');

function fakePage(options: { remembered?: string | null; hasPlanner?: boolean } = {}) {
  const events: string[] = [];
  const listeners = new Set<() => void>();
  const appended: { rel: string; href: string }[] = [];
  const listed = JSON.stringify({ en: ['./assets/start-messages.en.js'], 'zh-CN': ['./assets/start-messages.zh-CN.js'] });
  const document = {
    readyState: 'loading' as DocumentReadyState,
    head: { appendChild: (link: { rel: string; href: string }) => appended.push({ rel: link.rel, href: link.href }) },
    createElement: () => ({ rel: '', href: '', crossOrigin: null as string | null }),
    querySelector: (selector: string) => (selector === 'meta[name="planner-start-preload"]' ? { getAttribute: () => listed } : null),
    addEventListener: (type: string, listener: () => void) => type === 'readystatechange' && listeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'readystatechange' && listeners.delete(listener),
  };
  const planAnswer = Promise.resolve({ ok: true });
  const lockAnswer = Promise.resolve({ ok: true, value: { isLocked: false } });
  const window: Record<string, unknown> = {
    localStorage: { getItem: () => options.remembered ?? null },
    ...(options.hasPlanner === false
      ? {}
      : { planner: { loadPlan: vi.fn(() => (events.push('loadPlan'), planAnswer)), getLockState: vi.fn(() => (events.push('getLockState'), lockAnswer)) } }),
  };
  const formatter = (kind: string) =>
    class {
      constructor(readonly language: string) {
        events.push(`${kind}:${language}`);
      }
      format() {
        return '';
      }
      select() {
        return 'one';
      }
    };
  const setTimeout = vi.fn();
  const context = {
    window,
    document,
    setTimeout,
    Intl: { DateTimeFormat: formatter('date'), NumberFormat: formatter('number'), PluralRules: formatter('plural') },
    JSON,
  };
  return {
    run: () => runInNewContext(SCRIPT, context),
    parsed: () => {
      document.readyState = 'interactive';
      for (const listener of [...listeners]) listener();
      document.readyState = 'complete';
      for (const listener of [...listeners]) listener();
    },
    events,
    appended,
    window,
    setTimeout,
    planAnswer,
    lockAnswer,
  };
}

describe('early-load.js', () => {
  it('asks for the remembered language\'s texts at once, and for the lock state, the plan and the formatters only once the page is parsed', () => {
    const page = fakePage({ remembered: 'zh-CN' });
    page.run();
    expect(page.appended).toEqual([{ rel: 'modulepreload', href: './assets/start-messages.zh-CN.js' }]);
    // Nothing that would run before the parser goes on: no plan request, no formatter, no timer.
    expect(page.events).toEqual([]);
    expect(page.setTimeout).not.toHaveBeenCalled();
    expect(page.window.plannerEarlyLoad).toBeUndefined();

    page.parsed();
    // The lock state first: the app reads it before it takes the plan (renderer/features/plan-files/lock-gate.ts).
    expect(page.events).toEqual(['getLockState', 'loadPlan', 'date:zh-CN', 'number:zh-CN', 'plural:zh-CN']);
    expect(page.window.plannerEarlyLoad).toBe(page.planAnswer);
    expect(page.window.plannerEarlyLockState).toBe(page.lockAnswer);
  });

  it('asks once, however often the ready state changes, and in English when nothing is remembered', () => {
    const page = fakePage();
    page.run();
    page.parsed();
    page.parsed();
    expect(page.events.filter((event) => event === 'loadPlan')).toHaveLength(1);
    expect(page.events).toContain('date:en');
    expect(page.appended.map((link) => link.href)).toEqual(['./assets/start-messages.en.js']);
  });

  it('leaves the plan to the app where there is no planner API (a page opened outside the app)', () => {
    const page = fakePage({ hasPlanner: false });
    page.run();
    page.parsed();
    expect(page.window.plannerEarlyLoad).toBeUndefined();
    expect(page.window.plannerEarlyLockState).toBeUndefined();
    expect(page.events).toEqual(['date:en', 'number:en', 'plural:en']);
  });
});
