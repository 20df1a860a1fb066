/**
 * Staff posts of a campaign, office or company: one person holds one of them at a time, so two
 * outlets giving one person two different posts disagree ("campaign manager" / "spokesman"), while
 * the words of one post are synonyms ("spokesman" / "press secretary" / "communications director",
 * "lawyer" / "attorney"). The head noun of the role decides; qualifiers ("senior", "campaign",
 * "chief") do not change the post.
 */
const STAFF_POSTS: Record<string, readonly string[]> = {
  manager: ['campaign manager', 'manager'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'communications director', 'director of communications', 'press aide'],
  chair: ['chairman', 'chairwoman', 'chair', 'chairperson'],
  strategist: ['strategist'],
  pollster: ['pollster'],
  treasurer: ['treasurer'],
  lawyer: ['lawyer', 'attorney', 'counsel'],
};

/** The staff post a role names, by its longest matching ending ("senior campaign manager" → manager), or null. */
export function staffPost(role: string): string | null {
  const r = role.toLowerCase().replace(/\s+/g, ' ').trim();
  let best: { post: string; length: number } | null = null;
  for (const [post, phrases] of Object.entries(STAFF_POSTS)) {
    for (const p of phrases) {
      if ((r === p || r.endsWith(` ${p}`)) && (!best || p.length > best.length)) best = { post, length: p.length };
    }
  }
  return best?.post ?? null;
}

/** Two roles that are different staff posts, or null when either is not a staff post. */
export function staffPostsDiffer(a: string, b: string): boolean | null {
  const x = staffPost(a);
  const y = staffPost(b);
  return x === null || y === null ? null : x !== y;
}

// Abbreviated titles and their words: "Rep. Sanchez" and "Representative Sanchez" hold one office.
const TITLE_WORDS: Record<string, string> = { rep: 'representative', reps: 'representative', congressman: 'representative', congresswoman: 'representative', sen: 'senator', gov: 'governor', lt: 'lieutenant', gen: 'general', atty: 'attorney', sec: 'secretary', pres: 'president' };

/** The office a role names, as its head word ("Rep." → "representative", "California Democrat" → "democrat"). */
export function roleHead(role: string): string | null {
  const last = role.toLowerCase().replace(/\./g, '').split(/[\s,]+/).filter(Boolean).pop();
  return last ? (TITLE_WORDS[last] ?? last) : null;
}
