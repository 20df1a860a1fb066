/**
 * A light verb lexicon for rule-based claim extraction: lemmas grouped into event classes so that
 * paraphrases align ("halt" = "cease" = "stand down"). The class id is the first lemma of its group.
 * Event nouns ("cessation", "directive") map to the same classes.
 */
const CLASSES: readonly (readonly string[])[] = [
  ['stop', 'halt', 'cease', 'pause', 'suspend', 'freeze', 'discontinue', 'stand down', 'call off', 'end', 'shut down', 'abandon'],
  ['order', 'direct', 'instruct', 'command', 'mandate', 'call for', 'demand', 'require'],
  ['issue', 'publish', 'release', 'sign'],
  ['say', 'tell', 'state', 'report', 'announce', 'note', 'add', 'emphasize', 'emphasise', 'explain', 'clarify', 'confirm', 'acknowledge', 'indicate', 'point out', 'assure', 'stress', 'insist', 'write', 'testify', 'disclose', 'reveal', 'declare', 'verify'],
  ['warn', 'caution', 'alert'],
  ['claim', 'allege', 'argue', 'assert', 'contend', 'suggest', 'conclude', 'posit', 'speculate'],
  ['deny', 'reject', 'refute', 'dismiss', 'dispute'],
  ['comment', 'respond', 'reply'],
  ['start', 'begin', 'launch', 'initiate', 'open', 'resume', 'restart'],
  ['kill', 'slay', 'murder'],
  ['die', 'perish'],
  ['injure', 'wound', 'hurt'],
  ['arrest', 'detain', 'apprehend', 'capture'],
  ['charge', 'indict', 'accuse', 'prosecute', 'sue'],
  ['attack', 'strike', 'hit', 'bomb', 'raid', 'target'],
  ['meet', 'visit', 'host'],
  ['win', 'defeat', 'beat'],
  ['lose'],
  ['resign', 'quit', 'step down'],
  ['fire', 'dismiss from', 'oust', 'sack'],
  ['appoint', 'nominate', 'name', 'elect', 'hire', 'assign', 'tap', 'pick', 'choose', 'select', 'designate'],
  ['approve', 'pass', 'adopt', 'authorize', 'authorise', 'endorse', 'back'],
  ['block', 'veto', 'ban', 'bar', 'prohibit', 'forbid'],
  ['increase', 'rise', 'raise', 'grow', 'climb', 'jump', 'surge', 'soar', 'boost'],
  ['decrease', 'fall', 'drop', 'decline', 'cut', 'reduce', 'lower', 'shrink', 'plunge', 'drain', 'draw down'],
  ['plan', 'intend', 'prepare', 'aim', 'seek', 'try'],
  ['develop', 'build', 'create', 'design'],
  ['agree', 'accept', 'settle'],
  ['negotiate', 'talk', 'discuss'],
  ['support', 'help', 'assist', 'aid', 'defend'],
  ['oppose', 'criticize', 'criticise', 'condemn', 'slam', 'blast', 'lambast', 'rebuke', 'denounce', 'decry', 'assail', 'chastise', 'berate'],
  ['impact', 'affect', 'influence', 'shape'],
  ['disband', 'dissolve', 'abolish', 'scrap', 'eliminate'],
  ['ease', 'soften', 'relax', 'loosen', 'lift'],
  ['tighten', 'toughen', 'harden', 'impose'],
  ['come', 'arrive', 'originate', 'stem'],
  ['pay', 'spend', 'fund', 'invest'],
  ['receive', 'get', 'obtain', 'gain'],
  ['show', 'find', 'indicate by', 'demonstrate'],
  ['leave', 'exit', 'withdraw', 'depart'],
  ['move', 'shift', 'relocate', 'transfer'],
  ['give', 'provide', 'offer', 'grant', 'award', 'supply', 'send'],
  ['take', 'seize', 'grab'],
  ['hold', 'keep', 'retain', 'maintain'],
  ['use', 'employ', 'deploy'],
  ['call', 'label', 'describe', 'refer'],
  ['express', 'voice', 'convey'],
  ['see', 'view', 'consider', 'regard', 'perceive'],
  ['become', 'turn', 'remain', 'stay', 'continue', 'last'],
  ['make', 'do', 'have', 'let'],
  ['prioritize', 'prioritise', 'prefer', 'favor', 'favour'],
  ['weaken', 'undermine', 'harm', 'damage', 'jeopardize', 'jeopardise', 'threaten', 'risk'],
  ['strengthen', 'bolster', 'reinforce', 'improve'],
  ['confront', 'clash', 'argue with', 'spar', 'quarrel'],
  ['align', 'side'],
  ['investigate', 'probe', 'examine', 'review', 'scrutinize', 'scrutinise', 'inspect', 'audit'],
  ['convict'],
  ['acquit', 'exonerate'],
  ['sentence', 'jail', 'imprison'],
  ['propose', 'unveil', 'introduce', 'roll out'],
  ['vote'],
  ['evacuate', 'rescue', 'flee'],
  ['protest', 'march', 'rally', 'demonstrate'],
];

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', came: 'come', comes: 'come', went: 'go', took: 'take', taken: 'take', gave: 'give', given: 'give',
  made: 'make', met: 'meet', began: 'begin', begun: 'begin', led: 'lead', left: 'leave', won: 'win', lost: 'lose', held: 'hold', saw: 'see', seen: 'see',
  sent: 'send', struck: 'strike', spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', brought: 'bring', thought: 'think', found: 'find',
  kept: 'keep', put: 'put', set: 'set', cut: 'cut', hit: 'hit', quit: 'quit', ran: 'run', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  grew: 'grow', grown: 'grow', drew: 'draw', knew: 'know', known: 'know', paid: 'pay', sold: 'sell', built: 'build', meant: 'mean', stood: 'stand',
  understood: 'understand', became: 'become', become: 'become', shut: 'shut', bid: 'bid', sought: 'seek', fought: 'fight', caught: 'catch',
  froze: 'freeze', frozen: 'freeze', chose: 'choose', chosen: 'choose', slew: 'slay', slain: 'slay', forbade: 'forbid', forbidden: 'forbid',
  did: 'do', done: 'do', had: 'have', has: 'have', got: 'get', gotten: 'get', lit: 'light', withdrew: 'withdraw', withdrawn: 'withdraw',
  spent: 'spend', fled: 'flee', heard: 'hear', felt: 'feel', hurt: 'hurt', let: 'let', read: 'read', shot: 'shoot', sank: 'sink', swore: 'swear', sworn: 'swear',
  undertook: 'undertake', overtook: 'overtake', beat: 'beat', beaten: 'beat', bore: 'bear', born: 'bear', dealt: 'deal', lay: 'lie', laid: 'lay',
};

/** Event nouns whose class is that of a verb: "a cessation of", "the directive". */
const EVENT_NOUNS: Record<string, string> = {
  halt: 'stop', cessation: 'stop', pause: 'stop', suspension: 'stop', freeze: 'stop', 'stand-down': 'stop', moratorium: 'stop', stop: 'stop', stoppage: 'stop', retreat: 'stop',
  order: 'order', orders: 'order', directive: 'order', directives: 'order', instruction: 'order', instructions: 'order', mandate: 'order', decree: 'order',
  meeting: 'meet', visit: 'meet', summit: 'meet', talks: 'negotiate', negotiations: 'negotiate', negotiation: 'negotiate',
  dispute: 'confront', confrontation: 'confront', clash: 'confront', exchange: 'confront', spat: 'confront', row: 'confront',
  attack: 'attack', attacks: 'attack', strike: 'attack', strikes: 'attack', raid: 'attack', bombing: 'attack',
  arrest: 'arrest', arrests: 'arrest', detention: 'arrest', death: 'die', deaths: 'die', killing: 'kill', killings: 'kill',
  resignation: 'resign', appointment: 'appoint', investigation: 'investigate', probe: 'investigate', inquiry: 'investigate', review: 'investigate', indictment: 'charge', charges: 'charge', conviction: 'convict', acquittal: 'acquit', sentence: 'sentence', proposal: 'propose', evacuation: 'evacuate', protest: 'protest', protests: 'protest', vote: 'vote', nomination: 'appoint', approval: 'approve', ban: 'block', veto: 'block',
  increase: 'increase', rise: 'increase', decrease: 'decrease', drawdown: 'decrease', decline: 'decrease', cut: 'decrease', cuts: 'decrease', launch: 'start', start: 'start', restart: 'start',
};

const lemmaOf = new Map<string, string>();
const classOf = new Map<string, string>();

function inflect(lemma: string): string[] {
  if (lemma.includes(' ')) return [];
  const forms = [lemma];
  const cvc = /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 5 && !/^(open|offer|visit|target|limit|credit)$/.test(lemma);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : cvc ? lemma + lemma.slice(-1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies', lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else {
    forms.push(/(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's');
    forms.push(stem + (lemma.endsWith('e') ? 'ed' : 'ed'), stem + 'ing');
  }
  return forms;
}

for (const group of CLASSES) {
  for (const lemma of group) {
    classOf.set(lemma, group[0]!);
    for (const f of inflect(lemma)) if (!lemmaOf.has(f)) lemmaOf.set(f, lemma);
  }
}
for (const [form, lemma] of Object.entries(IRREGULAR)) lemmaOf.set(form, lemma);

/** Particles that form phrasal verbs with the verb before them ("stand down", "point out"). */
export const PARTICLES = new Set(['down', 'out', 'off', 'up', 'for']);

/** Lemma of a known verb form, or null. */
export function verbLemma(form: string): string | null {
  return lemmaOf.get(form.toLowerCase()) ?? null;
}

/** Event class of a verb lemma or phrasal verb ("stand down" → "stop"); unknown lemmas are their own class. */
export function verbClass(lemma: string): string {
  return classOf.get(lemma) ?? lemma;
}

/** Is `c` one of the lexicon's event classes (not a guessed lemma of an unknown word)? */
export function isEventClass(c: string): boolean {
  return classOf.get(c) === c;
}

export function isKnownPhrasal(lemma: string, particle: string): boolean {
  return classOf.has(`${lemma} ${particle}`);
}

/** Class of an event noun ("cessation" → "stop"), or null. */
export function eventNounClass(word: string): string | null {
  return EVENT_NOUNS[word.toLowerCase()] ?? null;
}

/** Guess a lemma for an unknown -ed/-ing/-s form ("stressed" → "stress", "stopped" → "stop", "deciding" → "decide"). */
export function guessLemma(form: string): string {
  const w = form.toLowerCase();
  const known = verbLemma(w);
  if (known) return known;
  // -ing and -ed share their stem: "donating"/"donated" → "donat" + the same silent-e rules.
  const stem = /ied$/.test(w) ? null : /ed$/.test(w) ? w.slice(0, -2) : /ing$/.test(w) && w.length > 5 ? w.slice(0, -3) : null;
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (stem === null) return w;
  if (/([^aeiouls])\1$/.test(stem)) return stem.slice(0, -1); // stopped, running
  // Stems whose verb ends in a silent e ("decid-ed", "retir-ed", "schedul-ed", "propos-ed", "invok-ed").
  if (/(ov|iv|lv|rg|rc|nc|ps|ng|bl|pl|tl|dl|aus)$/.test(stem)) return stem + 'e';
  if (/[^aeiou](at|iz|is|ur|ag|ot|uc|ac|as|ud|ut|ul|id|ir|il|in|ar|os|ok|om|ib|ad)$/.test(stem) || /^(compet|delet|complet|excit|invit|unit|writ)$/.test(stem)) return stem + 'e';
  return stem;
}

/** Speech and report verbs: their "that"-clause (or bare clause) is the reported fact. */
export function isReporting(lemma: string): boolean {
  const c = verbClass(lemma);
  return c === 'say' || c === 'warn' || c === 'claim' || c === 'deny' || lemma === 'learn' || lemma === 'hear';
}
