import { render } from '@testing-library/react';
import type { Core, CytoscapeOptions } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CytoscapeHost,
  type CytoscapeHostProps,
  type UPSTREAM_CREATION_PROPS,
} from '../../src/graph/internals/cytoscapeHost';
import { workaroundReport } from '../../src/graph/internals/workarounds';
import { renderModeFor } from '../../src/graph/renderMode';

const created = vi.hoisted(() => [] as CytoscapeOptions[]);

// Records the options each instance is created with; the instance itself is Cytoscape's own.
vi.mock('cytoscape', async (importOriginal) => {
  const actual = await importOriginal<{ default: (options: CytoscapeOptions) => Core }>();
  const create = (options: CytoscapeOptions) => {
    created.push(options);
    return actual.default(options);
  };
  return { ...actual, default: Object.assign(create, actual.default) };
});

/** A value for each creation prop that no default has. */
const SENTINELS = {
  headless: true,
  styleEnabled: false,
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  motionBlur: true,
  motionBlurOpacity: 0.3,
  wheelSensitivity: 0.5,
  pixelRatio: 1.5,
} satisfies Required<Pick<CytoscapeHostProps, (typeof UPSTREAM_CREATION_PROPS)[number]>>;

afterEach(() => {
  created.length = 0;
  delete (window as unknown as Record<string, unknown>).linkboardHostTest;
});

describe('<CytoscapeHost>', () => {
  it('passes Cytoscape every creation prop, and exposes the instance under `global`', () => {
    let instance: Core | null = null;
    render(
      <CytoscapeHost
        {...SENTINELS}
        renderMode={renderModeFor(10)}
        elements={[]}
        global="linkboardHostTest"
        minZoom={0.2}
        maxZoom={3}
        cy={(cy) => {
          instance = cy;
        }}
      />,
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ ...SENTINELS, minZoom: 0.2, maxZoom: 3 });
    expect(instance).not.toBeNull();
    expect((window as unknown as Record<string, unknown>).linkboardHostTest).toBe(instance);
    expect(workaroundReport().find((w) => w.name === 'renderer-options')?.state).toBe('on');
  });
});
