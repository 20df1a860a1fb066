/**
 * The one text normalisation every input goes through before spans are computed:
 * a leading BOM is dropped, CRLF and lone CR become LF, and the text is put in NFC so that
 * "é" typed as e + combining accent and "é" precomposed index and compare the same.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
