import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Plain Readability on the same DOM library, its textContent as the body: the reference the
 * extract evaluation compares crosscheck's extractor against (as the benchmark runs Readability.js).
 */
export function plainReadabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}
