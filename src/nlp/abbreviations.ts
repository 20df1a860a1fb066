/** Words that end with a period without ending a sentence (titles, ranks, months, corporate suffixes). */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov lt gen col maj capt cpt sgt cmdr adm brig cpl pvt st ste mt ft fr rev hon pres ' +
    'jr sr inc corp co ltd llc plc bros no nos vol vols fig figs approx est dept univ assn ave blvd rd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'vs etc al cf ca e.g i.e a.m p.m u.s u.k u.n e.u d.c u.s.a n.y l.a'
  ).split(' '),
);

/** Capitalised words that typically open a sentence, so a dotted abbreviation before them ends one. */
export const SENTENCE_STARTERS = new Set(
  (
    'the a an this that these those it its he she they we i you his her their our there here but and or so yet ' +
    'however meanwhile moreover nevertheless additionally similarly still then now in on at for as if when while ' +
    'after before since although though despite officials according'
  ).split(' '),
);
