/**
 * Stock phrases that fill space without adding a fact: the baseline that specificity is measured
 * against. General news clichés only, matched case-insensitively on word boundaries.
 */
const PHRASES = [
  'in a significant move', 'a significant move', 'in a significant development', 'a significant development', 'a major development', 'a significant shift', 'a notable development', 'raised eyebrows', 'raises eyebrows',
  'raised questions', 'sparked speculation', 'sparked debate', 'sparked intrigue', 'sparked controversy', 'remains to be seen',
  'only time will tell', 'time will tell', 'in the coming days', 'in the coming weeks', 'in the coming months', 'days and weeks',
  'as the situation continues to unfold', 'as the situation unfolds', 'the situation continues to', 'closely watched',
  'will be closely watched', 'closely monitoring', 'moving forward', 'going forward', 'in sum', 'in summary', 'in conclusion',
  'all in all', 'at the end of the day', 'weighing in', 'weigh in', 'far-reaching implications', 'broader implications',
  'the implications of', 'adding an air of', 'amid escalating tensions', 'amid growing concerns', 'growing concerns',
  'a high-stakes', 'high stakes', 'a pressing issue', 'increasingly pressing', 'a game changer', 'game-changer', 'a turning point',
  'a new chapter', 'sent shockwaves', 'sends shockwaves', 'made headlines', 'making headlines', 'observers say', 'experts say',
  'some say', 'many wonder', 'it is worth noting', 'it remains unclear', 'only the beginning', 'the road ahead',
];

const PATTERN = new RegExp(`\\b(?:${PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`, 'i');

/** Does this sentence contain a stock filler phrase? */
export function hasGenericPhrase(sentence: string): boolean {
  return PATTERN.test(sentence);
}
