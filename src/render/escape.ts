const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escape Markdown's inline syntax characters and fold newlines, for table cells and list items. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]|<>#]/g, (c) => '\\' + c).replace(/\s*\n\s*/g, ' ');
}
