import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusWhenShown } from '../../../../renderer/components/focus';

/**
 * renderer/components/focus.ts: the one helper for moving focus to something that may not be drawn yet
 * (an item after an add, a lazily loaded screen after a command or a search result). Run against a made-up
 * document and a frame clock turned by hand.
 */
interface FakeElement {
  focused: number;
  selected: number;
  revealed: number;
  disabled: boolean;
  inert: boolean;
}

let frames: (() => void)[];
let now: number;
let elements: Map<string, FakeElement>;

const element = (fields: Partial<FakeElement> = {}): FakeElement => ({ focused: 0, selected: 0, revealed: 0, disabled: false, inert: false, ...fields });
const runFrame = (ms = 16) => {
  now += ms;
  frames.splice(0).forEach((callback) => callback());
};

class FakeInput {}

beforeEach(() => {
  frames = [];
  now = 0;
  elements = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  vi.stubGlobal('performance', { now: () => now });
  vi.stubGlobal('HTMLInputElement', FakeInput);
  vi.stubGlobal('document', {
    querySelector: (selector: string) => {
      const found = elements.get(selector);
      if (!found) return null;
      const node = Object.create(FakeInput.prototype) as Record<string, unknown>;
      return Object.assign(node, {
        focus: () => (found.focused += 1),
        select: () => (found.selected += 1),
        scrollIntoView: () => (found.revealed += 1),
        hasAttribute: (name: string) => name === 'disabled' && found.disabled,
        closest: (selector: string) => (selector === '[inert]' && found.inert ? {} : null),
      });
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('focusWhenShown', () => {
  it('waits frame by frame until the element is drawn, then focuses it once', () => {
    focusWhenShown('[name="a"]');
    runFrame();
    runFrame();
    const a = element();
    elements.set('[name="a"]', a);
    runFrame();
    runFrame();
    expect(a.focused).toBe(1);
    expect(frames).toHaveLength(0);
  });

  it('takes the first selector that matches, skipping disabled and inert ones', () => {
    const disabled = element({ disabled: true });
    const inert = element({ inert: true });
    const third = element();
    elements.set('#one', disabled).set('#two', inert).set('#three', third);
    focusWhenShown(['#one', '#two', '#three']);
    runFrame();
    expect([disabled.focused, inert.focused, third.focused]).toEqual([0, 0, 1]);
  });

  it('selects and reveals only when asked', () => {
    const plain = element();
    const asked = element();
    elements.set('#plain', plain).set('#asked', asked);
    focusWhenShown('#plain');
    runFrame();
    focusWhenShown('#asked', { select: true, reveal: true });
    runFrame();
    expect([plain.selected, plain.revealed]).toEqual([0, 0]);
    expect([asked.focused, asked.selected, asked.revealed]).toEqual([1, 1, 1]);
  });

  it('gives up after about three seconds, and a later request cancels an earlier one', () => {
    focusWhenShown('#never');
    for (let ms = 0; ms < 3_100; ms += 100) runFrame(100);
    expect(frames).toHaveLength(0);

    focusWhenShown('#first');
    focusWhenShown('#second');
    const first = element();
    const second = element();
    elements.set('#first', first).set('#second', second);
    runFrame();
    expect([first.focused, second.focused]).toEqual([0, 1]);
  });
});
