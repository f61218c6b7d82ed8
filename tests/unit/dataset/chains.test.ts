/**
 * The chain rule run on the default dataset: the formal and the de facto chains must tell the
 * article's story. On paper Kata'ib Hizballah is a unit of the PMF, which the 2016 law puts under
 * the commander in chief; in fact it follows the Quds Force and dominates the PMF.
 */
import { describe, expect, it } from 'vitest';
import { chainOfCommand, commandEdgeIds } from '../../../src/domain/command';
import { buildGraphIndex } from '../../../src/domain/graphIndex';
import { getDefaultViewState, type CommandChain } from '../../../src/domain/viewState';
import { loadDefaultDataset } from '../../helpers/defaultDataset';

const index = buildGraphIndex(loadDefaultDataset());

function chain(nodeId: string, commandChain: CommandChain) {
  const edges = commandEdgeIds(index, { ...getDefaultViewState(), commandChain });
  return chainOfCommand(index, nodeId, edges);
}

const superiors = (nodeId: string, c: CommandChain) =>
  chain(nodeId, c).superiors.map((s) => s.nodeId);

/** The entities one rank above, with the link used: "pmf by kh-part-of-pmf". */
const direct = (nodeId: string, c: CommandChain) =>
  chain(nodeId, c)
    .superiors.filter((s) => s.depth === 1)
    .map((s) => `${s.nodeId} by ${s.edgeId}`);

const IRANIAN = ['iran', 'irgc', 'quds-force', 'supreme-leader', 'soleimani', 'ruhollah-khomeini'];

describe('the formal chain of the default dataset', () => {
  it('runs Kata’ib Hizballah → PMF → commander in chief → Kadhimi', () => {
    expect(direct('kataib-hizballah', 'formal')).toContain('pmf by kh-part-of-pmf');
    expect(direct('pmf', 'formal')).toContain('commander-in-chief by cic-commands-pmf-formal');
    expect(direct('commander-in-chief', 'formal')).toEqual(['kadhimi by kadhimi-leads-cic']);
    expect(superiors('kataib-hizballah', 'formal')).toEqual(
      expect.arrayContaining(['pmf', 'commander-in-chief', 'kadhimi']),
    );
  });

  it('puts no Iranian entity, and no founder, above Kata’ib Hizballah or the PMF', () => {
    for (const id of ['kataib-hizballah', 'pmf']) {
      const above = superiors(id, 'formal');
      for (const iranian of IRANIAN) expect(above, `${iranian} above ${id}`).not.toContain(iranian);
      expect(above).not.toContain('imad-mughniyeh');
    }
  });
});

describe('the de facto chain of the default dataset', () => {
  it('runs Kata’ib Hizballah → Quds Force → IRGC → Iran → Supreme Leader', () => {
    const steps = chain('kataib-hizballah', 'de-facto').superiors;
    const at = (id: string) => steps.find((s) => s.nodeId === id);
    expect(at('quds-force')).toMatchObject({ depth: 1, edgeId: 'quds-force-controls-kh' });
    expect(at('irgc')).toMatchObject({ depth: 2, via: 'quds-force' });
    expect(direct('irgc', 'de-facto')).toEqual(['iran by irgc-part-of-iran']);
    expect(direct('iran', 'de-facto')).toContain('supreme-leader by supreme-leader-leads-iran');
    expect(at('supreme-leader')).toBeDefined();
  });

  it('puts Kata’ib Hizballah above the PMF and its security and missiles directorates', () => {
    expect(direct('pmf', 'de-facto')).toContain('kataib-hizballah by kh-controls-pmf');
    for (const directorate of ['pmf-security-directorate', 'pmf-missiles-directorate'])
      expect(superiors(directorate, 'de-facto')).toContain('kataib-hizballah');
    expect(superiors('kataib-hizballah', 'de-facto')).not.toContain('pmf');
  });

  it('puts no Iraqi commander in chief above Kata’ib Hizballah', () => {
    const above = superiors('kataib-hizballah', 'de-facto');
    expect(above).not.toContain('commander-in-chief');
    expect(above).not.toContain('kadhimi');
  });

  it('does not make founders superiors', () => {
    expect(direct('kataib-hizballah', 'de-facto').join(' ')).not.toMatch(/founded|merged/);
  });
});

describe('both chains of the default dataset', () => {
  it('have no loop, from any entity', () => {
    for (const commandChain of ['formal', 'de-facto'] as const)
      for (const node of index.dataset.nodes)
        expect(chain(node.id, commandChain).cycles, `${node.id} (${commandChain})`).toEqual([]);
  });

  it('keep a leader above the group he is also a member of', () => {
    // Abu Fadak leads the PMF, of which Kata'ib Hizballah is a unit, and is its suspected
    // general secretary: his membership does not put him below the group.
    for (const commandChain of ['formal', 'de-facto'] as const)
      expect(superiors('abu-fadak', commandChain)).not.toContain('kataib-hizballah');
  });
});
