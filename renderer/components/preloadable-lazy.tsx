import { lazy, useState, type ComponentType } from 'react';

/**
 * React.lazy, plus a `preload` that fetches the code ahead of time. A lazy component suspends on its first
 * render even when its code is already here (import() answers in a later microtask), which costs a fallback
 * frame and a second, low-priority render; once preloaded, the component renders at once instead. Each
 * mount keeps the kind it started with, so a component is never swapped (and reset) while shown.
 */
export function preloadableLazy<Props extends object>(load: () => Promise<{ default: ComponentType<Props> }>) {
  let loaded: ComponentType<Props> | null = null;
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const preload = () => {
    loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    });
    return loading;
  };
  const Lazy = lazy(preload);
  function Preloadable(props: Props) {
    const [Type] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return <Type {...props} />;
  }
  return { Component: Preloadable, preload };
}
