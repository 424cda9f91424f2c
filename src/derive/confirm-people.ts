import { isCommonWord } from './common-words.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';

/**
 * Marks the people the story gives no sign of being people. A run of capitalised words mid-sentence
 * is taken for a person when nothing says otherwise, and real reporting is full of such runs that
 * are not ("Evergreen Aviation", "Bat Cave", "Global Offensive"). A person is confirmed by any of:
 * a title or a description (a role, an organisation, a gender), a part of the name used alone
 * later ("Odinga said"), a known given name first, the shape of a name that lists miss (an Arabic
 * or Dutch particle, an East Asian given name written with a hyphen), or no common English word in
 * it ("Sergey Brin"). The unconfirmed are
 * kept in the book, so a quote can still be theirs; the draft lists them only if they speak.
 */
export function confirmPeople(book: EntityBook, titled: ReadonlySet<string>): void {
  for (const person of book.all()) {
    if (person.kind !== 'person') continue;
    // "Anna Shchetinina": a given name used for one sex only tells which pronoun is hers, so a
    // "he" earlier in the story cannot claim her.
    const first = person.name.split(/\s+/);
    const guess = first.length > 1 ? genderOfGivenName(first[0] ?? '') : undefined;
    if (guess && !person.gender) {
      person.gender = guess;
      person.genderByName = true;
    }
    if (!confirmed(person, titled)) person.unconfirmed = true;
  }
}

function confirmed(person: Entity, titled: ReadonlySet<string>): boolean {
  // "Прошу Вас" ("I ask you") in a post quoted in Russian: words in another script are not read
  // as a name, since the lists and the shapes of names here are those of the Latin alphabet; the
  // story writes the people it is about in Latin letters.
  if (!/\p{Script=Latin}/u.test(person.name)) return false;
  if (person.role || person.organisation || person.gender) return true;
  if (titled.has(person.name)) return true;
  const words = person.name.split(/\s+/);
  if (words.length === 1) return true;
  // "Mercado de las Flores", "Reforma de Salud": in Spanish and Portuguese a noun with
  // "de" names a place, a body or a law; a person's name puts a given name before the particle.
  // A given name after it ("Presidente de la Nación Carlos Ruiz") is a person's.
  if (
    romanceParticles.has(words[1] ?? '') &&
    !isGivenName(words[0] ?? '') &&
    !words.slice(2).some(isGivenName)
  )
    return false;
  // "Le Monde", "La Joven Cuba", "El Universo": a name opening with a French, Spanish or Italian
  // article is the title of a paper, a blog or a work, unless a given name follows the article.
  if (romanceArticles.has(words[0] ?? '') && !isGivenName(words[1] ?? '')) return false;
  if (person.aliases.some((alias) => words.includes(alias))) return true;
  if (isGivenName(words[0] ?? '')) return true;
  if (words.some((word) => /^\p{Ll}/u.test(word) || eastAsianGiven(word))) return true;
  // With no other sign, a name made only of words that are not common English is taken for one.
  return !words.some(isCommonWord);
}

/** The particles of Spanish and Portuguese names ("Gilberto da Rocha", "Ana de la Vega"). */
const romanceParticles = new Set(['de', 'da', 'do', 'del', 'dos', 'das']);

/** The definite articles of French, Spanish and Italian, which open titles but not names. */
const romanceArticles = new Set(['Le', 'La', 'Les', 'El', 'Los', 'Las', 'Il']);

/** "Kwok-kin", "Jong-un": syllables joined by a hyphen, the second in lower case and no word. */
function eastAsianGiven(word: string): boolean {
  const match = /^\p{Lu}\p{Ll}*-(\p{Ll}+)$/u.exec(word);
  return match !== null && !isCommonWord(match[1] ?? '');
}
