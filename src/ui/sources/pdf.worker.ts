/**
 * pdf.js's worker, bundled by vite as a module worker of its own (pdfSource.ts starts it): the
 * worker script sets itself up to answer the page once it finds itself in a worker.
 */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
