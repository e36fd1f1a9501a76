/** The subset of pdfmake's document definition our reports build. */
export type PdfContent =
  | string
  | { text: string | PdfContent[]; style?: string | string[]; bold?: boolean; color?: string; margin?: number[]; fontSize?: number }
  | { table: { headerRows?: number; widths?: Array<string | number>; body: PdfContent[][] }; layout?: string; margin?: number[] }
  | { ul: PdfContent[]; margin?: number[] }
  | { columns: PdfContent[]; columnGap?: number; margin?: number[] }
  | { stack: PdfContent[]; margin?: number[] };

export interface PdfDocument {
  info: { title: string; subject?: string };
  content: PdfContent[];
  footer?: (page: number, pages: number) => PdfContent;
}
