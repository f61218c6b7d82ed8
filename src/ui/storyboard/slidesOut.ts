/**
 * Slides out: the storyboard as a PowerPoint file (pptxgenjs) or a PDF (pdf-lib), one slide or
 * page per view. Each slide's view is shown on the canvas in turn, so that the figure is drawn by
 * the same export as "Download PNG" (src/graph/export/), then the view from before is given back.
 * Both libraries load here, on first use, never with the first page.
 */
import { fileNameOf, type Caption } from '../../domain/caption';
import type { StorySlide } from '../../domain/storyboard';
import type { GraphHandle } from '../../graph/adapter';
import type { LinkboardStore } from '../../store/store';
import { downloadBlob } from '../export/download';
import {
  buildFigureRequest,
  defaultFigureOptions,
  type FigureOptions,
} from '../export/exportActions';

export type SlidesFormat = 'pptx' | 'pdf';

/** A slide's figure, drawn: a 16:9 PNG at 2×, and the words around it. */
export interface DrawnSlide {
  slide: StorySlide;
  png: Blob;
  width: number;
  height: number;
  caption: Caption;
}

/** Every figure fills a 16:9 slide; names keep at least 12 px at 1280 px wide (see export). */
const SLIDE_FIGURE: FigureOptions = {
  ...defaultFigureOptions(),
  area: 'full',
  size: '16:9',
  scale: 2,
};

/**
 * Draws each slide's figure. In a PPTX the title, caption and sources are the slide's own text
 * (editable there), so the picture leaves them out; a PDF page is the whole figure.
 */
export async function drawSlides(
  store: LinkboardStore,
  handle: GraphHandle,
  wordsInPicture: boolean,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<DrawnSlide[]> {
  const { storyboard, view: before } = store.getState();
  const drawn: DrawnSlide[] = [];
  try {
    for (const [i, slide] of storyboard.entries()) {
      onProgress(i, storyboard.length);
      store.getState().setView(slide.view);
      await handle.settled();
      const options: FigureOptions = {
        ...SLIDE_FIGURE,
        title: wordsInPicture ? slide.title : '',
        subtitle: wordsInPicture,
        footer: wordsInPicture,
      };
      const { request, caption } = buildFigureRequest(store.getState(), options, 'png');
      const result = await handle.exportImage(request);
      drawn.push({ slide, png: result.blob, width: result.width, height: result.height, caption });
    }
  } finally {
    store.getState().setView(before);
  }
  return drawn;
}

/** PowerPoint's wide layout, in inches. */
const WIDE = { width: 13.333, height: 7.5 };

async function pptxOf(drawn: DrawnSlide[], datasetTitle: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = datasetTitle;
  pptx.company = 'Linkboard';
  const muted = '5B6572';
  for (const { slide, png, width, height, caption } of drawn) {
    const page = pptx.addSlide();
    page.addText(slide.title || caption.title, {
      x: 0.5,
      y: 0.25,
      w: WIDE.width - 1,
      h: 0.7,
      fontSize: 28,
      bold: true,
      color: '1D232B',
      fit: 'shrink',
    });
    const subtitle = [caption.subtitle, caption.filters].filter(Boolean).join(' · ');
    page.addText(subtitle, {
      x: 0.5,
      y: 0.92,
      w: WIDE.width - 1,
      h: 0.35,
      fontSize: 12,
      color: muted,
    });
    // The figure as large as fits between the caption and the sources, centred.
    const box = { top: 1.35, bottom: WIDE.height - 0.6, left: 0.5, right: WIDE.width - 0.5 };
    const fit = Math.min((box.right - box.left) / width, (box.bottom - box.top) / height);
    const w = width * fit;
    const h = height * fit;
    page.addImage({
      data: await dataUrlOf(png),
      x: box.left + (box.right - box.left - w) / 2,
      y: box.top,
      w,
      h,
      altText: `${slide.title}: ${caption.subtitle}`,
    });
    if (caption.footer)
      page.addText(caption.footer, {
        x: 0.5,
        y: WIDE.height - 0.55,
        w: WIDE.width - 1,
        h: 0.35,
        fontSize: 10,
        color: muted,
        fit: 'shrink',
      });
    if (slide.notes.trim()) page.addNotes(slide.notes);
  }
  const out = await pptx.write({ outputType: 'blob' });
  return out instanceof Blob
    ? out
    : new Blob([out as BlobPart], {
        type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      });
}

/** A PDF page the size of a 16:9 slide in points (13.333 × 7.5 inches). */
const PDF_PAGE = { width: 960, height: 540 };

async function pdfOf(drawn: DrawnSlide[], datasetTitle: string): Promise<Blob> {
  const { PDFDocument } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(datasetTitle);
  pdf.setCreator('Linkboard');
  for (const { png, width, height } of drawn) {
    const image = await pdf.embedPng(new Uint8Array(await png.arrayBuffer()));
    const page = pdf.addPage([PDF_PAGE.width, PDF_PAGE.height]);
    const fit = Math.min(PDF_PAGE.width / width, PDF_PAGE.height / height);
    page.drawImage(image, {
      x: (PDF_PAGE.width - width * fit) / 2,
      y: (PDF_PAGE.height - height * fit) / 2,
      width: width * fit,
      height: height * fit,
    });
  }
  const bytes = await pdf.save();
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the figure'));
    reader.readAsDataURL(blob);
  });
}

/** Draws every slide, writes the file and hands it to the browser; the sentence for the status. */
export async function downloadSlides(
  store: LinkboardStore,
  handle: GraphHandle | null,
  format: SlidesFormat,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  if (!handle) throw new Error('The graph is not on screen yet');
  const { dataset, storyboard } = store.getState();
  if (!dataset) throw new Error('No dataset is loaded yet');
  if (storyboard.length === 0) throw new Error('The storyboard has no slides yet');
  const drawn = await drawSlides(store, handle, format === 'pdf', onProgress);
  const blob =
    format === 'pptx' ? await pptxOf(drawn, dataset.title) : await pdfOf(drawn, dataset.title);
  const fileName = fileNameOf({ fileStem: `${drawn[0]!.caption.fileStem}-slides` }, format);
  downloadBlob(blob, fileName, document.body);
  const count = `${drawn.length} slide${drawn.length === 1 ? '' : 's'}`;
  return `Saved ${fileName} (${count}).`;
}
