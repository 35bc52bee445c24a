/** The browser page of the PDF test (pdfText.test.ts): pdfText as the task pane bundles it, on window. */
import { pdfText } from '../../src/taskpane/documentFiles/pdfText';

(window as unknown as { pdfText: typeof pdfText }).pdfText = pdfText;
