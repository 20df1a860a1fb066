export type InputType = 'feed' | 'html' | 'jsonl' | 'text';

/**
 * Input type from the content itself; a file's extension is only a tie-breaker, because saved
 * pages and feeds are often named .txt or have no extension at all.
 */
export function sniffType(text: string, nameHint = ''): InputType {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const lowerHead = head.toLowerCase();
  // Comments and processing instructions may precede the root element.
  const root = lowerHead.replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*/, '');
  if (/^<(?:rss|feed|rdf:rdf)\b/.test(root)) return 'feed';
  if (/^<!doctype html|^<html\b/.test(root) || /<html[\s>]/.test(lowerHead)) return 'html';
  if (looksLikeJsonLines(text, nameHint)) return 'jsonl';
  if (manyTags(head)) return 'html';
  return 'text';
}

function looksLikeJsonLines(text: string, nameHint: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 0 || !lines.every((l) => l.startsWith('{'))) return false;
  // One malformed line must not turn the file into plain text: one parsed object is enough
  // (or the .jsonl name) once every line at least opens an object.
  if (/\.(?:jsonl|ndjson|json)$/i.test(nameHint)) return true;
  return lines.some((l) => {
    try {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  });
}

/** HTML fragments without <html>: many block-level tags near the top. */
function manyTags(head: string): boolean {
  const tags = head.match(/<\/?(?:p|div|h[1-6]|article|section|span|a|br|body|head|title|meta|ul|li)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}
