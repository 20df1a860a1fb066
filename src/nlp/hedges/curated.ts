import type { HedgeCategory } from '../../model/annotation.js';

/**
 * Curated cues the Szeged corpus does not cover: loaded or evaluative vocabulary (opinion),
 * unsourced generalisations (sweeping) and a few speculation words missing from the corpus.
 * General English only; every entry is a lower-case word sequence as the tokenizer splits it.
 */
const SPECULATION = [
  'purported', 'purportedly', 'posited', 'posits', 'conjecture', 'conjectured', 'perceived', 'perception', 'perceptions',
  'rumour', 'rumours', 'rumoured', 'rumor', 'rumors', 'rumored', 'unconfirmed', 'unverified', 'supposedly', 'reportedly',
  'allegedly', 'alleged', 'it is said', 'it is thought', 'it is believed', 'it is claimed', 'it is rumored',
  'is said to', 'are said to', 'speculation', 'speculated', 'speculative', 'insinuated', 'seemingly', 'presumably',
];

const OPINION = [
  'puppet', 'puppet regime', 'puppets', 'stooge', 'lackey', 'lackeys', 'sellout', 'sell-out', 'betrayal', 'betrayed', 'betrays',
  'traitor', 'traitors', 'treacherous', 'treachery', 'capitulation', 'appeasement', 'cowardly', 'cowardice', 'spineless',
  'disgrace', 'disgraceful', 'shameful', 'shameless', 'outrageous', 'outrage', 'scandalous', 'sham', 'hoax', 'witch hunt',
  'propaganda', 'corrupt', 'incompetent', 'incompetence', 'reckless', 'pathetic', 'absurd', 'ridiculous', 'ludicrous',
  'idiotic', 'moronic', 'despicable', 'deplorable', 'disastrous', 'catastrophic', 'shocking', 'appalling', 'horrific',
  'sinister', 'nefarious', 'subservience', 'subservient', 'beholden', 'complicit', 'complicity', 'deeply compromised',
  'clear and present danger', 'understandably', 'sheer', 'blatant', 'blatantly', 'brazen', 'brazenly', 'shockingly',
  'thankfully', 'sadly', 'tragically', 'fortunately', 'unfortunately', 'mercifully', 'laughable', 'inexcusable', 'unforgivable',
];

const SWEEPING = [
  'everyone knows', 'everybody knows', 'it is widely believed', 'widely believed', 'widely held belief', 'widely held',
  'prevailing view', 'prevailing sentiment', 'prevailing opinion', 'prevailing wisdom', 'conventional wisdom',
  'the only logical conclusion', 'the only conclusion', 'the only explanation', 'there is no doubt', 'no doubt',
  'undoubtedly', 'undeniably', 'unquestionably', 'without question', 'without a doubt', 'it goes without saying',
  'obviously', 'clearly', 'it is clear that', 'of course', 'the fact is', 'the truth is', 'the argument goes',
  'the implication is', 'many people say', 'many believe', 'most people believe', 'all experts agree', 'experts agree',
  'nobody can deny', 'no one can deny', 'it is common knowledge', 'common knowledge', 'everyone agrees', 'everybody agrees',
];

export interface CuratedCue {
  words: string[];
  category: HedgeCategory;
}

/** All curated cues, longest first so that "puppet regime" wins over "puppet". */
export const CURATED_CUES: readonly CuratedCue[] = [
  ...SPECULATION.map((p) => ({ words: p.split(' '), category: 'speculation' as const })),
  ...OPINION.map((p) => ({ words: p.split(' '), category: 'opinion' as const })),
  ...SWEEPING.map((p) => ({ words: p.split(' '), category: 'sweeping' as const })),
].sort((a, b) => b.words.length - a.words.length);
