/**
 * Reader for the Szeged Uncertainty Corpus XML (BioScope-style): documents of sentences whose
 * uncertainty cues are inline `<ccue type="...">` elements. The tags are removed and each cue is
 * kept as a character span of the plain sentence text, so cue spans can be compared exactly.
 */
export interface SzegedCue {
  start: number;
  end: number;
  /** Corpus cue type without decoration, e.g. `modal_probable`, `hypo_doxastic`. */
  type: string;
}

export interface SzegedSentence {
  id: string;
  text: string;
  cues: SzegedCue[];
}

export interface SzegedDocument {
  id: string;
  sentences: SzegedSentence[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** `speculation_hypo_doxastic _` → `hypo_doxastic`. */
export function normaliseCueType(raw: string): string {
  return raw.trim().replace(/^speculation_/, '').replace(/[\s_]+$/, '');
}

function parseSentence(id: string, inner: string): SzegedSentence {
  let text = '';
  const cues: SzegedCue[] = [];
  // Split into text runs and tags; only <ccue> carries meaning, other tags are dropped.
  const re = /<ccue\b([^>]*)>([\s\S]*?)<\/ccue>|<[^>]+>|[^<]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(inner)) !== null) {
    if (m[2] !== undefined) {
      const type = /type="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? 'unknown';
      const cueText = decode(m[2].replace(/<[^>]+>/g, ''));
      cues.push({ start: text.length, end: text.length + cueText.length, type: normaliseCueType(type) });
      text += cueText;
    } else if (!m[0].startsWith('<')) {
      text += decode(m[0]);
    }
  }
  return { id, text, cues };
}

/** Parse a Szeged-style XML string into documents in file order. */
export function parseSzeged(xml: string): SzegedDocument[] {
  const docs: SzegedDocument[] = [];
  const docRe = /<Document\b[^>]*>([\s\S]*?)<\/Document>/g;
  let d: RegExpExecArray | null;
  while ((d = docRe.exec(xml)) !== null) {
    const body = d[1] ?? '';
    const id = decode(/<DocID\b[^>]*>([\s\S]*?)<\/DocID>/.exec(body)?.[1] ?? String(docs.length));
    const sentences: SzegedSentence[] = [];
    const sRe = /<Sentence\b[^>]*?id="([^"]*)"[^>]*>([\s\S]*?)<\/Sentence>/g;
    let s: RegExpExecArray | null;
    while ((s = sRe.exec(body)) !== null) sentences.push(parseSentence(s[1] ?? '', s[2] ?? ''));
    docs.push({ id, sentences });
  }
  return docs;
}

/**
 * The deterministic held-out split used by the lexicon builder and the evaluation:
 * documents whose position in their file is a multiple of 5 are never used to learn cues.
 */
export function isHeldOut(documentIndex: number): boolean {
  return documentIndex % 5 === 0;
}
