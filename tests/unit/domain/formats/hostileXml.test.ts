/**
 * Hostile XML ends in a clear error naming what was wrong and where, quickly, without expanding
 * an entity or reaching a file: DTDs are refused outright, depth, element count and size capped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileOpener } from '../../../../src/domain/formats/openFiles';
import { readGraphml } from '../../../../src/domain/formats/graphml';
import { readXmlTree, XML_LIMITS } from '../../../../src/domain/formats/xmlTree';
import { rawText } from '../../../helpers/formatFixtures';

const HOSTILE = resolve(process.cwd(), 'tests/fixtures/hostile');
const hostile = (name: string) => rawText(name, readFileSync(resolve(HOSTILE, name), 'utf8'));

async function failure(file: ReturnType<typeof rawText>) {
  const outcome = await new FileOpener().open([file]);
  if (outcome.kind !== 'dataset' || outcome.result.ok) throw new Error('expected a failure');
  return { format: outcome.format, ...outcome.result };
}

describe('hostile XML', () => {
  it('refuses the billion laughs at its DTD, naming GraphML and the line', async () => {
    const result = await failure(hostile('billion-laughs.graphml'));
    expect(result.format).toBe('GraphML');
    expect(result.headline).toBe('it is not well-formed XML');
    expect(result.errors[0]?.path).toBe('line 13');
    expect(result.errors[0]?.message).toMatch(/declares a DTD .*XML bomb/);
  });

  it('refuses an external entity without reading the file it names', async () => {
    const result = await failure(hostile('external-entity.gexf'));
    expect(result.format).toBe('GEXF');
    expect(JSON.stringify(result)).not.toContain('root:');
    expect(result.errors[0]?.message).toMatch(/declares a DTD/);
  });

  it('refuses an entity no DTD declares', async () => {
    const result = await failure(hostile('undeclared-entity.graphml'));
    expect(result.errors[0]).toMatchObject({ path: 'line 5' });
    expect(result.errors[0]?.message).toMatch(/undefined entity/i);
  });

  it('caps depth, element count and size', () => {
    const deep = `${'<a>'.repeat(XML_LIMITS.maxDepth + 1)}${'</a>'.repeat(XML_LIMITS.maxDepth + 1)}`;
    expect(readXmlTree(deep)).toMatchObject({
      ok: false,
      message: `elements are nested more than ${XML_LIMITS.maxDepth} levels deep`,
    });
    const many = `<g>${'<n/>'.repeat(50)}</g>`;
    expect(readXmlTree(many, { ...XML_LIMITS, maxElements: 20 })).toMatchObject({
      ok: false,
      message: 'more than 20 elements',
    });
    expect(readXmlTree('<g/>', { ...XML_LIMITS, maxChars: 3 })).toMatchObject({ ok: false });
  });

  it('names the line and what was expected in broken or foreign GraphML', () => {
    expect(
      readGraphml('x', '<graphml>\n<graph>\n<node id="a">\n</graph>\n</graphml>'),
    ).toMatchObject({
      ok: false,
      headline: 'it is not well-formed XML',
      errors: [{ path: 'line 4', message: expect.stringMatching(/unexpected close tag/i) }],
    });
    expect(readGraphml('x', '<svg/>')).toMatchObject({
      ok: false,
      headline: 'it is not GraphML',
      errors: [
        {
          path: 'line 1',
          message: 'the document starts with <svg>, where GraphML starts with <graphml>',
        },
      ],
    });
    expect(
      readGraphml(
        'x',
        '<graphml>\n<graph>\n<node id="a"/>\n<edge source="a" target="ghost"/>\n</graph>\n</graphml>',
      ),
    ).toMatchObject({
      ok: true,
      warnings: [
        {
          path: 'line 4 (target)',
          message: '"ghost" is not in the file’s nodes: added as an entity of type Unspecified',
        },
      ],
    });
  });
});
