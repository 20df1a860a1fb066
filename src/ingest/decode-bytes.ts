import { CrosscheckError } from '../errors.js';

/** Magic numbers of common binary formats that are sometimes passed by mistake. */
const MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x42, 0x5a, 0x68], // bzip2
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav)
];
const SNIFF_BYTES = 8192;

export function isBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Charset declared inside the document: XML declaration or HTML <meta>, read as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/**
 * Bytes → string. A BOM decides; otherwise strict UTF-8 is tried first (legacy text almost never
 * forms valid UTF-8 by accident, while documents often mis-declare UTF-8 as Latin-1); only when
 * that fails is a declared charset (document or HTTP header) used. Undecodable → CC_INPUT_ENCODING.
 */
export function decodeBytes(bytes: Uint8Array, input: string, headerCharset: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3), input);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2), input);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2), input);
  if (isBinary(bytes)) throw new CrosscheckError('CC_INPUT_BINARY', [input]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = headerCharset ?? declaredCharset(bytes);
    if (!declared || /^utf-?8$/i.test(declared)) throw new CrosscheckError('CC_INPUT_ENCODING', [`${input} (not valid UTF-8 and no other charset declared)`]);
    return strict(declared, bytes, input);
  }
}

function strict(label: string, bytes: Uint8Array, input: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (e) {
    throw new CrosscheckError('CC_INPUT_ENCODING', [`${input} (${label})`], { cause: e });
  }
}
