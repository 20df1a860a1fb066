/**
 * Reporting verbs: the cue words of attributions ("said", "told", "according to").
 * `speech` verbs introduce what someone said and may carry a direct quote; `stance` verbs
 * report a view or finding ("believes", "found") and only attribute indirect content.
 */
/**
 * Verbs of taking a position ("supported", "wants", "refused"): PolNeAR counts them as attribution
 * cues, but they credit no one as a source of information, so the attributions step skips them.
 */
const POSITION_BASES_TEXT = 'defend endorse support oppose propose seek want reject blame attack thank refuse decline';
export const POSITION_BASES = new Set(POSITION_BASES_TEXT.split(' '));

const SPEECH_BASES =
  'say tell warn caution explain add emphasize emphasise stress state note write argue claim insist ask reply respond ' +
  'answer announce declare acknowledge admit confirm deny report remark observe comment contend assert maintain continue ' +
  'conclude complain concede agree urge tweet post testify joke quip vow promise pledge recount recall reveal disclose ' +
  'estimate allege charge counter retort shout yell inform assure advise demand mention repeat reiterate underscore ' +
  'highlight indicate suggest predict accuse criticize criticise praise condemn dismiss question wonder describe call ' +
  'cite echo lament boast brag scoff concur clarify explain muse opine proclaim reason stipulate whisper plead caution ' +
  'point decry denounce blast slam mock email text';
const STANCE_BASES = 'believe think fear hope worry expect find show learn feel warn predict ' + POSITION_BASES_TEXT;

/** Irregular or spelling-changed forms the suffix rules below would get wrong. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  think: ['thought', 'thinks', 'thinking'],
  feel: ['felt', 'feels', 'feeling'],
  know: ['knew', 'knows', 'knowing', 'known'],
  find: ['found', 'finds', 'finding'],
  show: ['showed', 'shows', 'showing', 'shown'],
  learn: ['learned', 'learnt', 'learns'],
  deny: ['denied', 'denies', 'denying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies', 'testifying'],
  clarify: ['clarified', 'clarifies', 'clarifying'],
  worry: ['worried', 'worries'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting'],
  text: ['texted'],
  plead: ['pleaded', 'pled', 'pleads'],
  brag: ['bragged', 'brags'],
  concur: ['concurred', 'concurs'],
};

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing';
  const ed = base.endsWith('e') ? base + 'd' : base + 'ed';
  const s = /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's';
  return [ed, s, ing];
}

function formsOf(bases: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const b of bases.split(/\s+/)) for (const f of inflect(b)) m.set(f, b);
  return m;
}

const SPEECH = formsOf(SPEECH_BASES);
const STANCE = formsOf(STANCE_BASES);

/**
 * Forms that are just as often nouns or adjectives ("the reports", "a call", "her comments");
 * they count as cues only when a subject stands right before them (checked by the caller).
 */
export const AMBIGUOUS_CUES = new Set([
  'reports', 'claims', 'calls', 'notes', 'comments', 'posts', 'questions', 'charges', 'counters', 'answers',
  'texts', 'emails', 'estimates', 'promises', 'pledges', 'demands', 'states', 'points', 'shows', 'finds',
  'hopes', 'fears', 'worries', 'tweets', 'cites', 'quotes', 'concerns', 'report', 'posted', 'added',
  'called', 'showing', 'finding', 'feeling', 'found', 'known', 'shown', 'written', 'continued', 'charged',
  'questioning', 'reported', 'estimated', 'expected', 'stated', 'noted', 'pointed', 'described', 'warning',
]);

export type CueStrength = 'speech' | 'stance';

/** Is this lower-cased word an inflected reporting verb (not a base form: "to say" is not a report)? */
/** Forms that are far more often something else ("30 states", "thinking" as a noun). */
const NEVER_CUES = new Set(['tweets', 'attacks', 'state', 'remarks', 'questions', 'comments', 'reasons', 'continues', 'continuing', 'charges', 'emails', 'reasoned', 'reasoning', 'states', 'thinking', 'feeling', 'finding', 'findings', 'learning', 'posting', 'hoping', 'expecting', 'charging', 'texting', 'counter', 'counters', 'texts']);

export function cueStrength(lower: string): CueStrength | null {
  if (NEVER_CUES.has(lower)) return null;
  if (SPEECH.has(lower)) return 'speech';
  if (STANCE.has(lower)) return 'stance';
  return null;
}

/** Base form of a reporting verb form ("told" → "tell"), or null. */
export function cueBase(lower: string): string | null {
  return SPEECH.get(lower) ?? STANCE.get(lower) ?? null;
}

/** Verbs whose first object is the listener, not the content: "told reporters that …". */
export const LISTENER_VERBS = new Set(['tell', 'ask', 'inform', 'assure', 'advise', 'warn', 'urge', 'email', 'text', 'caution', 'remind']);

/** Verbs that need a following particle to report speech ("pointed out"). */
export const PARTICLE_VERBS: Record<string, string> = { point: 'out' };

const BASES = new Set([...SPEECH_BASES.split(/\s+/), ...STANCE_BASES.split(/\s+/)]);

/** Is this the bare present form of a reporting verb ("officials say", "I think")? The caller checks the subject. */
export function isBaseCue(lower: string): boolean {
  return BASES.has(lower);
}
