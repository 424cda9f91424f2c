/**
 * Verbs of saying, in every form news writing uses them. Three sets, from strict to loose:
 * attribution verbs set a direct quote off (`“…,” she said`), reporting verbs carry a partial
 * quote or reported clause (`praised Russia’s “…”`), and belief verbs report a view without
 * quoting it (`officials believe …`).
 */

/** base form, third person, past, present participle */
type Forms = readonly [string, string, string, string];

const irregular: Forms[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['think', 'thinks', 'thought', 'thinking'],
];

/** Regular verbs: the inflections are derived by `inflect`. */
const attributionBases = [
  'add',
  'admit',
  'announce',
  'answer',
  'argue',
  'ask',
  'boast',
  'caution',
  'claim',
  'comment',
  'complain',
  'concede',
  'confess',
  'conclude',
  'confirm',
  'continue',
  'counter',
  'cry',
  'declare',
  'emphasise',
  'emphasize',
  'explain',
  'insist',
  'joke',
  'lament',
  'maintain',
  'note',
  'observe',
  'plead',
  'post',
  'reason',
  'predict',
  'quip',
  'recall',
  'remark',
  'reply',
  'respond',
  'reiterate',
  'shout',
  'state',
  'stress',
  'suggest',
  'tweet',
  'urge',
  'warn',
  'whisper',
  'acknowledge',
  'contend',
  'deny',
  'agree',
  // `Weblog Bahamas concurred that the election was a “landmark” one`: agreeing in words.
  'concur',
  'promise',
  'vow',
  'pledge',
  'estimate',
  'report',
  'reveal',
  'testify',
  'assert',
  'recount',
  // Wire copy quotes messages and cries as well as speech: `“…,” emailed a student`.
  'email',
  'e-mail',
  'exclaim',
  'yell',
  'wonder',
  'clarify',
  'elaborate',
  'affirm',
  'retort',
  'underline',
  'underscore',
  // `“They will not let me study,” she appealed to the government`: a plea in words.
  'appeal',
  // `Catherine Colonna … reacted that “It's the task …”`: a reply in words.
  'react',
  // `“None of us have tried to leave,” Zaynab sighs`, `“When deciding,” she offers, “…”`.
  'sigh',
  'offer',
  // `“…,” expressed Dombeck`: feelings put into words, after the quote as `said` would be.
  'express',
  // `“…,” Volodin summarized.`, `“…,” she mused`: more ways of putting words, each only a verb
  // of saying beside a quote.
  'summarise',
  'summarize',
  'proclaim',
  'muse',
  'chide',
  'grumble',
  'enthuse',
  'marvel',
  'interject',
  'mutter',
  'murmur',
  'confide',
  'disclose',
  'opine',
  'surmise',
  'inquire',
  'enquire',
  'brag',
  'posit',
  'rebut',
  'aver',
  'attest',
  // `“…,” thundered Rev. William Barber`: how it was said, loudly, after the quote.
  'thunder',
  'bellow',
  'roar',
  'fume',
  // `“It is thus premature …,” the court ruled`: a court's words are its ruling.
  'rule',
  // `“…,” O’Regan reprimanded Adv. Arendse`: a rebuke in words, with whom it was for after it.
  'reprimand',
  'scold',
  'admonish',
  'rebuke',
  // `“I also saw one of the officers pulling out his handgun,” alleged Notywala`.
  'allege',
];

const reportingBases = [
  'accuse',
  'apologise',
  'apologize',
  'blame',
  'brand',
  'call',
  'characterise',
  'characterize',
  'compare',
  'condemn',
  'criticise',
  'criticize',
  'decry',
  'defend',
  'demand',
  'describe',
  'dismiss',
  'hail',
  'highlight',
  'label',
  'liken',
  'mock',
  'praise',
  'reject',
  'slam',
  'term',
  'thank',
  'threaten',
  'tout',
  'voice',
  'welcome',
  'commend',
  'applaud',
  'laud',
  'question',
  'refer',
  'vilify',
  'denounce',
  'lambast',
  'lash',
  'inform',
  'assure',
  'remind',
  // `pressed Russia “to use its influence”`: urging someone in the words quoted.
  'press',
  'implore',
  'exhort',
  'encourage',
  // `the Department of State advised “U.S. citizens reconsider …”`, `challenged politicians to
  // “rise above …”`: advice and a challenge in the words quoted.
  'advise',
  'challenge',
];

const beliefBases = ['believe', 'fear', 'expect', 'hope', 'estimate', 'suspect', 'worry'];

function inflect(base: string): Forms {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    return [base, `${root}ies`, `${root}ied`, `${base}ing`];
  }
  // A stressed last syllable doubles its consonant: "admitted", "referring", "slammed".
  const doubled =
    /^(?:slam|quip|plan|admit|regret|commit|omit|submit|concur|refer|rebut|aver|brag)$/.test(base)
      ? `${base}${base.at(-1)}`
      : stem;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : `${doubled}ed`;
  return [base, third, past, `${doubled}ing`];
}

function forms(bases: readonly string[], extra: readonly Forms[] = []): Set<string> {
  const all = new Set<string>();
  for (const entry of [...extra, ...bases.map(inflect)]) for (const form of entry) all.add(form);
  // British spelling doubles the l.
  if (all.has('labeled')) for (const form of ['labelled', 'labelling']) all.add(form);
  return all;
}

/**
 * Participles of telling someone something: after `was`, `were` or `been` they name the one who
 * heard the words (`an undercover reporter was told “…”`), never the one who said them.
 */
export const toldForms = 'told|informed|warned|advised|assured|reminded';

/** Verbs that attribute a direct quote: `“…,” X said`, `X added: “…”`. */
export const attributionVerbs = forms(attributionBases, irregular);
// “The Home Office letter reads …”: only this form, as “reading” before a quote names a sign.
attributionVerbs.add('reads');

/** Any verb that reports speech, including those that frame a partial quote. */
export const reportingVerbs = new Set([...attributionVerbs, ...forms(reportingBases)]);

/** Verbs that report a view rather than words (`officials believe …`). */
export const beliefVerbs = forms(beliefBases);

/** Whether `word` (any case) is a verb of saying of the given strength. */
export function isSpeechVerb(
  word: string,
  strength: 'attribution' | 'reporting' = 'reporting',
): boolean {
  const lower = word.toLowerCase();
  return (strength === 'attribution' ? attributionVerbs : reportingVerbs).has(lower);
}

/**
 * A regular-expression alternation of the verbs, longest first so that `said` is never cut to
 * `sai…`; used inside patterns over masked sentences.
 */
export function verbAlternation(verbs: Iterable<string>): string {
  return [...verbs].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}
