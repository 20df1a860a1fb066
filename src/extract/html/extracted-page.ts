/** What HTML extraction yields for one page: the article body as plain text plus metadata. */
export interface ExtractedPage {
  title: string | null;
  author: string | null;
  /** Site or publisher name (og:site_name, JSON-LD publisher), or null. */
  outlet: string | null;
  /** ISO date or date-time, or null. */
  published: string | null;
  /** Canonical URL when the page declares one, else the URL it was fetched from. */
  url: string | null;
  /** The page's own summary (<meta name=description>, og:description, JSON-LD description), or null. */
  description: string | null;
  /** The article body: paragraphs separated by blank lines ("\n\n"), headings on their own paragraph. */
  text: string;
}
