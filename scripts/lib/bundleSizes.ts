/** Sizes of the production bundle, raw and gzip, per file in dist/assets, and which load first. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type ChunkKind = 'initial' | 'lazy' | 'worker';

export interface ChunkSize {
  file: string;
  kind: ChunkKind;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  chunks: ChunkSize[];
  /** JavaScript the page loads before anything is asked for: entry scripts and their preloads. */
  initialJs: { raw: number; gzip: number };
}

/**
 * Which chunks load with the page (index.html's scripts and preloads), which on demand from the
 * page (dynamic imports), and which only inside a worker (the worker's entry and its imports).
 */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const code = new Map(files.map((f) => [f, readFileSync(join(assets, f), 'utf8')]));
  const references = (file: string) =>
    files.filter((other) => other !== file && code.get(file)!.includes(other));
  const workerEntries = files.filter((file) =>
    [...code.values()].some((text) =>
      new RegExp(`new Worker\\(\\s*new URL\\(\\s*["'\`][^"'\`]*${escape(file)}`).test(text),
    ),
  );
  const initial = new Set(files.filter((f) => html.includes(`/assets/${f}`)));
  // What the page can load without going through a worker.
  const fromPage = new Set(initial);
  for (const file of fromPage)
    for (const next of references(file)) if (!workerEntries.includes(next)) fromPage.add(next);
  const chunks = files
    .map((file): ChunkSize => {
      const bytes = readFileSync(join(assets, file));
      const kind: ChunkKind = initial.has(file)
        ? 'initial'
        : fromPage.has(file)
          ? 'lazy'
          : 'worker';
      return { file, kind, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const initialJs = chunks.filter((c) => c.kind === 'initial' && c.file.endsWith('.js'));
  return {
    chunks,
    initialJs: {
      raw: initialJs.reduce((sum, c) => sum + c.raw, 0),
      gzip: initialJs.reduce((sum, c) => sum + c.gzip, 0),
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
