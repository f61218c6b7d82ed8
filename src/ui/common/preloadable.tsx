/**
 * A component whose code is fetched apart from the first page, and can be asked for early: once
 * its module has arrived it renders at once, with no Suspense fallback in between (React.lazy
 * alone would suspend on every first render, even with the module already loaded).
 */
import { lazy, type ComponentType } from 'react';

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): { Component: ComponentType<P>; preload: () => Promise<unknown> } {
  let ready: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    loading ??= load().then((module) => {
      ready = module.default;
      return module;
    });
    return loading;
  };
  const Lazy = lazy(preload);
  function Component(props: P) {
    const Loaded = ready ?? Lazy;
    return <Loaded {...props} />;
  }
  return { Component, preload };
}
