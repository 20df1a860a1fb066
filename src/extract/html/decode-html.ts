/**
 * Bytes of an HTML page to a string. A BOM wins, then a charset declared in the first bytes
 * (`<meta charset>` or `http-equiv` content), then UTF-8 — the order browsers use when no
 * HTTP header is known. Unknown labels fall back to UTF-8 rather than failing.
 */
const SNIFF_BYTES = 2048;
const CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  return CHARSET_RE.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const label = declaredCharset(bytes);
  // A meta tag cannot truly declare UTF-16 (it would not be readable as ASCII), so browsers ignore it.
  if (label && label !== 'utf-8' && label !== 'utf8' && !label.startsWith('utf-16')) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown or unsupported label: UTF-8 is the most likely real encoding.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
