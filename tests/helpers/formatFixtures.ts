/** The files of tests/fixtures/formats/ as the browser hands them over: a name and its bytes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawFile } from '../../src/domain/formats/openFiles';

export const FORMAT_FIXTURES = resolve(process.cwd(), 'tests/fixtures/formats');

export function fixture(name: string): RawFile {
  const buffer = readFileSync(resolve(FORMAT_FIXTURES, name));
  return {
    name,
    bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
  };
}

export function rawText(name: string, text: string): RawFile {
  return { name, bytes: new TextEncoder().encode(text).buffer as ArrayBuffer };
}
