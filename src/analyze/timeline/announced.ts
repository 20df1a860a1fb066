/**
 * Is a date announced as ahead in its sentence ("the next debate is scheduled for Dec. 15", "will
 * hold its primary on Feb. 9", "set to post early Tuesday")? Only words that state the future: a
 * date after publication without them is a misreading (a past day-month resolved to this year, an
 * update line), not an event of the story.
 */
const FUTURE_WORDS =
  /\b(?:will|won['’]t|shall|scheduled|rescheduled|slated|set (?:to|for)|due (?:to|on|in|by)|expected (?:to|on)|plans? (?:to|for)|planned|upcoming|next|coming|ahead|later|awaits?|deadline)\b|\w['’]ll\b/i;

/** True when the sentence announces the future, within the clause that holds the date (span offsets are sentence-relative). */
export function announcesFuture(sentence: string, start: number, end: number): boolean {
  const clauseStart = Math.max(0, ...[';', ':', '!', '?'].map((c) => sentence.lastIndexOf(c, start) + 1));
  const rest = sentence.slice(end);
  const next = rest.search(/[;:!?]/);
  return FUTURE_WORDS.test(sentence.slice(clauseStart, end + (next < 0 ? rest.length : next)));
}
