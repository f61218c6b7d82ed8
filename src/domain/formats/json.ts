/**
 * Our own format: a dataset as one JSON document (see the README's "Dataset format"). Reading
 * checks the nesting depth before parsing, so a hostile file of a million nested lists ends in a
 * clear message rather than a stack overflow, then hands the value to parseDataset.
 */
import { parseDataset, type Dataset } from '../schema';
import { cytoscapeElements, readCytoscapeJson } from './cytoscapeJson';
import type { ReadResult } from './readResult';

/** Far deeper than any dataset (which nests five levels) and far below any engine's limit. */
export const MAX_JSON_DEPTH = 200;

/**
 * The offset at which the text opens more than `limit` nested lists or objects, or -1.
 * Brackets inside strings do not count.
 */
export function findExcessiveNesting(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return -1;
}

/** Parses JSON text safely: the value, or why the text is not one. */
function parseJsonText(
  fileText: string,
): { ok: true; value: unknown } | { ok: false; result: ReadResult } {
  const text = fileText.replace(/^\uFEFF/, '');
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep >= 0)
    return {
      ok: false,
      result: {
        ok: false,
        headline: 'it is nested too deeply',
        errors: [
          {
            path: '$',
            message: `lists or objects are nested more than ${MAX_JSON_DEPTH} levels deep (at character ${tooDeep + 1})`,
          },
        ],
        warnings: [],
      },
    };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // SyntaxError for broken JSON; RangeError should the engine still run out of stack.
    return {
      ok: false,
      result: {
        ok: false,
        headline: 'it is not valid JSON',
        errors: [{ path: '$', message: error instanceof Error ? error.message : String(error) }],
        warnings: [],
      },
    };
  }
}

/** Our own dataset JSON. */
export function readJsonDataset(fileText: string): ReadResult {
  const parsed = parseJsonText(fileText);
  return parsed.ok ? parseDataset(parsed.value) : parsed.result;
}

/**
 * A JSON file of either kind: a Cytoscape.js document (`elements`, no `schemaVersion`) or our
 * own dataset.
 */
export function readJsonValue(name: string, fileText: string): ReadResult {
  const parsed = parseJsonText(fileText);
  if (!parsed.ok) return parsed.result;
  const value = parsed.value;
  const ours = value !== null && typeof value === 'object' && 'schemaVersion' in value;
  if (!ours && cytoscapeElements(value)) return readCytoscapeJson(name, value);
  return parseDataset(value);
}

/** The dataset as a JSON file that reads back to the same dataset. */
export function writeJsonDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
