import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UPSTREAM_CREATION_PROPS } from '../../../src/graph/internals/cytoscapeHost';

const PACKAGE = join('node_modules', 'react-cytoscapejs');

/** The body of react-cytoscapejs's componentDidMount, in the build the app bundles. */
function upstreamMount(): string {
  const { module } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as {
    module: string;
  };
  const source = readFileSync(join(PACKAGE, module), 'utf8');
  const start = source.indexOf('componentDidMount');
  const end = source.indexOf('updateCytoscape(null', start);
  if (start < 0 || end < 0) throw new Error('no componentDidMount creating the instance found');
  return source.slice(start, end);
}

describe('the Cytoscape host', () => {
  it('creates the instance from every prop react-cytoscapejs creates it from', () => {
    const mount = upstreamMount();
    const options = /new \w+\(\{([^}]*)\}\)/.exec(mount)?.[1];
    if (!options) throw new Error('no options object found in componentDidMount');
    const upstream = [...options.matchAll(/(\w+)\s*:/g)].map((m) => m[1]);
    expect(upstream).toContain('container');
    expect(upstream.filter((name) => name !== 'container').sort()).toEqual(
      [...UPSTREAM_CREATION_PROPS].sort(),
    );
  });

  it('knows react-cytoscapejs also exposes the instance under the `global` prop', () => {
    // The host does the same (see cytoscapeHost.ts); this fails if upstream stops or changes it.
    expect(upstreamMount()).toMatch(/\.global\b/);
  });
});
