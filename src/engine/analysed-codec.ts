/**
 * An analysed document (its stored form and clustering item, `Analysed`) as one string, so that
 * a queue worker's analysis thread can hand the sequencer exactly what the store and the
 * clusterer need: the sequencer then parses a small header instead of decoding the document
 * (re-tokenising it), encoding it again and recomputing its clustering features on the one
 * serial thread (docs/scaling.md).
 *
 * Layout: one line of JSON (metadata columns and the clustering item, typed arrays as base64),
 * a newline, then the encoded document exactly as the store keeps it. The encoded document is
 * not escaped a second time inside the header, and JSON.stringify never writes a raw newline, so
 * the first newline is always the separator.
 */
import type { ClusterItem, ItemFeatures } from '../cluster/types.js';
import type { StoredDoc } from '../store/doc-codec.js';
import type { Analysed } from './analysis-pool.js';

interface WireFeatures {
  keys: string[];
  weights: number[];
  hashes: string;
  signature: string | null;
}

/** The item without its text, which is the document's own text (restored from the header). */
type WireItem = Omit<ClusterItem, 'text' | 'features'> & { features?: WireFeatures };

interface Header {
  doc: Omit<StoredDoc, 'encoded'>;
  item: WireItem;
}

const SEPARATOR = '\n';

function base64(a: Int32Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** A copy into a fresh buffer: a Buffer from base64 may sit at an offset no 4-byte view accepts. */
function bytes(s: string): ArrayBuffer {
  return new Uint8Array(Buffer.from(s, 'base64')).buffer;
}

function wireFeatures(f: ItemFeatures): WireFeatures {
  return { keys: f.keys, weights: f.weights, hashes: base64(f.hashes), signature: f.signature ? base64(f.signature) : null };
}

function features(w: WireFeatures): ItemFeatures {
  return { keys: w.keys, weights: w.weights, hashes: new Int32Array(bytes(w.hashes)), signature: w.signature === null ? null : new Uint32Array(bytes(w.signature)) };
}

export function encodeAnalysed(a: Analysed): string {
  const { encoded, ...doc } = a.doc;
  const { text: _text, features: f, ...rest } = a.item;
  const item: WireItem = f ? { ...rest, features: wireFeatures(f) } : rest;
  const header: Header = { doc, item };
  return JSON.stringify(header) + SEPARATOR + encoded;
}

/** Whether a string is in this layout (a queue row written before it holds an encoded document alone). */
export function isEncodedAnalysed(s: string): boolean {
  return s.includes(SEPARATOR);
}

export function decodeAnalysed(s: string): Analysed {
  const at = s.indexOf(SEPARATOR);
  const header = JSON.parse(s.slice(0, at)) as Header;
  const { features: f, ...rest } = header.item;
  const item: ClusterItem = f ? { ...rest, text: header.doc.text, features: features(f) } : { ...rest, text: header.doc.text };
  return { doc: { ...header.doc, encoded: s.slice(at + 1) }, item };
}
