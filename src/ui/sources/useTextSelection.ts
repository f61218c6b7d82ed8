/**
 * The reader's text selection inside the source's text, as offsets into one paragraph's text as
 * written. Each paragraph's text is one `[data-paragraph]` element holding nothing but that text
 * (in text nodes and marks), so a point's offset is the length of the text before it.
 */
import { useEffect, useState, type RefObject } from 'react';

export type TextSelection =
  | { kind: 'range'; paragraph: number; start: number; end: number }
  /** A selection running over more than one paragraph: a quote lies within one. */
  | { kind: 'spanning' };

function paragraphElement(node: Node | null, container: HTMLElement): HTMLElement | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const found = element?.closest<HTMLElement>('[data-paragraph]') ?? null;
  return found && container.contains(found) ? found : null;
}

/** The offset in the paragraph's text of a point of the selection. */
function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** What the selection holds inside the container, or null (none there, or collapsed). */
export function readSelection(container: HTMLElement): TextSelection | null | 'elsewhere' {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return 'elsewhere';
  const range = selection.getRangeAt(0);
  const startIn = container.contains(range.startContainer);
  const endIn = container.contains(range.endContainer);
  if (!startIn && !endIn) return 'elsewhere';
  if (range.collapsed) return null;
  const from = paragraphElement(range.startContainer, container);
  const to = paragraphElement(range.endContainer, container);
  if (!from || !to) return { kind: 'spanning' };
  if (from !== to) return { kind: 'spanning' };
  const start = offsetIn(from, range.startContainer, range.startOffset);
  const end = offsetIn(from, range.endContainer, range.endOffset);
  return { kind: 'range', paragraph: Number(from.dataset.paragraph), start, end };
}

/**
 * The selection in the container, kept while the focus moves to a button outside it (so the
 * capture buttons can act on it); cleared when the reader collapses it inside the text.
 */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
): [TextSelection | null, () => void] {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const element = container.current;
      if (!element) return;
      const read = readSelection(element);
      if (read === 'elsewhere') return;
      setSelection((before) =>
        read !== null &&
        before !== null &&
        read.kind === 'range' &&
        before.kind === 'range' &&
        read.paragraph === before.paragraph &&
        read.start === before.start &&
        read.end === before.end
          ? before
          : read,
      );
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);
  const clear = () => {
    setSelection(null);
    const element = container.current;
    const current = document.getSelection();
    if (element && current && current.rangeCount > 0 && element.contains(current.anchorNode))
      current.removeAllRanges();
  };
  return [selection, clear];
}
