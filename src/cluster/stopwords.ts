/**
 * Function words and news boilerplate that say nothing about which event an article reports.
 * Generic English only; they are dropped from the word features and trimmed off name sequences.
 */
export const STOPWORDS = new Set(
  (
    'a about above across after afterwards again against all almost alone along already also although always am among an and another any ' +
    'anyone anything anyway anywhere are around as at back be became because become becomes been before being below beside besides between ' +
    'beyond both but by can cannot could did do does doing done down during each either else elsewhere enough even ever every everyone ' +
    'everything except few for former formerly from further had has have having he hence her here hers herself him himself his how however ' +
    'i if in indeed into is it its itself just last latter least less made many may me meanwhile might mine more moreover most mostly much ' +
    'must my myself neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other ' +
    'others otherwise our ours ourselves out over own per perhaps please quite rather re same see seem seemed seems several she should since ' +
    'so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then there ' +
    'thereafter thereby therefore these they this those though through throughout thus to together too toward towards under until up upon ' +
    'us very via was we well were what whatever when whenever where whereas wherever whether which while who whoever whole whom whose why ' +
    'will with within without would yet you your yours yourself yourselves ' +
    // contractions split by the tokenizer, and words the news uses everywhere
    "'s ’s 's n't s t ll ve d m said says say saying told tells according reported reports report reporting news " +
    'mr mrs ms dr jr sr inc co ltd new also like get got make makes take took going go goes come came ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks day days time times year years month months ' +
    'http https www com org net html htm php asp index story article print updated published copyright rights reserved am pm et gmt utc ' +
    'read click photo video image images getty ap reuters afp'
  ).split(' '),
);
