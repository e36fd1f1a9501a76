import { Injectable } from '@nestjs/common';
import pdfmake from 'pdfmake';
import roboto from 'pdfmake/fonts/Roboto';
import { dirname } from 'node:path';
import { PdfDocument } from './pdf-document';

const FONT_DIR = dirname(roboto['Roboto']['normal']);

const STYLES = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, color: '#555555', margin: [0, 0, 0, 12] },
  h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
  th: { bold: true, fillColor: '#eeeeee' },
  small: { fontSize: 8, color: '#666666' },
  band_good: { color: '#1b5e20', bold: true },
  band_watch: { color: '#8d6e00', bold: true },
  band_warning: { color: '#e65100', bold: true },
  band_closure: { color: '#b71c1c', bold: true },
};

/**
 * Renders report definitions with pdfmake and its bundled Roboto (which covers
 * Cyrillic). Reports never load anything from the network or the disk beyond the fonts.
 */
@Injectable()
export class PdfRenderer {
  constructor() {
    pdfmake.setFonts(roboto);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  }

  render(doc: PdfDocument): Promise<Buffer> {
    return pdfmake.createPdf({ ...doc, styles: STYLES, defaultStyle: { font: 'Roboto', fontSize: 10 }, pageMargins: [40, 40, 40, 50] }).getBuffer();
  }
}
