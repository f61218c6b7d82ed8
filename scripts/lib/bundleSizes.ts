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

export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const scripts = files.filter((f) => f.endsWith('.js'));
  const code = new Map(scripts.map((f) => [f, readFileSync(join(assets, f), 'utf8')]));
  const isWorker = (file: string) =>
    [...code.values()].some((text) =>
      new RegExp(`new Worker\\(\\s*new URL\\(\\s*["'\`][^"'\`]*${escape(file)}`).test(text),
    );
  const chunks = files
    .map((file): ChunkSize => {
      const bytes = readFileSync(join(assets, file));
      const kind: ChunkKind = html.includes(`/assets/${file}`)
        ? 'initial'
        : isWorker(file)
          ? 'worker'
          : 'lazy';
      return { file, kind, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip);
  const initial = chunks.filter((c) => c.kind === 'initial' && c.file.endsWith('.js'));
  return {
    chunks,
    initialJs: {
      raw: initial.reduce((sum, c) => sum + c.raw, 0),
      gzip: initial.reduce((sum, c) => sum + c.gzip, 0),
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
