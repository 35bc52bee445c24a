/** pdf.js's published minified build has the same API as the unminified one, whose types it ships. */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
