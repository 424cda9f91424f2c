import type { EntityBook } from './entity-book.ts';
import type { Sighting } from './name-evidence.ts';

/**
 * Words that credit a picture, a video or a translation to the name after them: "Photo by X",
 * "picture taken by X", "Translated by X", "Image: X" (glued to a caption when the page lost the break:
 * "in 2015Image: X"), "written in collaboration with X".
 */
const creditBefore =
  /(?:\b(?:photos?|pictures?|images?|illustrations?|videos?|graphics?|photographs?|translat(?:ed|ion)|subtitl(?:ed|es)|edited)(?:\s+(?:taken|shot|supplied|provided))?\s+(?:by|courtesy\s+of)(?:\s+(?:flickr\s+)?(?:user|photographer))?|(?:Image|Photo|Picture|Credit|Source|Translation|Video)s?\s*:|\b(?:written|prepared|produced)\s+in\s+collaboration\s+with)\s*$/iu;

/**
 * A licence or copyright notice after a name: "Photo of X (CC BY 2.0)", "X, copyright Demotix",
 * "The image … is by X, used under a Creative Commons licence", "Visit X's flickr photostream".
 */
const licenceAfter =
  /^(?:[\s,]*\(?\s*(?:CC[\s-]BY|copyright\b|©|used\s+under\b|under\s+(?:an?\s+)?Creative\s+Commons\b)|(?:[’']s?)?\s+flickr\s+photostream\b)/iu;

const isCredit = (s: Sighting) => creditBefore.test(s.before) || licenceAfter.test(s.after);

/**
 * People the story names only to credit a photo or a translation are not people it is about: they
 * are kept in the book, so words they say can still be theirs, but are not listed.
 */
export function leaveOutCredits(book: EntityBook, sightings: readonly Sighting[]): void {
  const credited = new Set<string>();
  const other = new Set<string>();
  for (const s of sightings) {
    for (const entity of book.lookup(s.chunk.name)) {
      if (entity.kind !== 'person') continue;
      (isCredit(s) ? credited : other).add(entity.id);
    }
  }
  for (const person of book.all()) {
    if (credited.has(person.id) && !other.has(person.id)) person.unconfirmed = true;
  }
}
