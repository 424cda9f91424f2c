import type { EntityBook } from './entity-book.ts';
import type { Sentence } from './sentences.ts';

/**
 * `@teacherdude: No mention on Greek TV …`, `@kartika_mariana don't judge my lovely country …`:
 * a paragraph that opens with a handle prints a post, and the handle is its writer's name. Posts
 * quoted this way are a blog roundup's staple, and their writers are people the story cites.
 */
const openingHandle = /^@([\p{L}\d_]{3,30})(?=[:\s]|$)/u;

/** A handle that names a publication, not a person ("@unzippedblog", "@cnnnews"). */
const publication = /(?:blog|news|press|radio|tv|times|post)$/iu;

/**
 * Whether a name the finder saw is the handle a paragraph opens with (`@BarryLikumahuwa Random
 * country?`), which `addPostWriters` reads; capitals after it are the post's words. An @ inside a
 * sentence may stand before a full name (`who identified himself as @Vince Vela Nova`).
 */
export function opensWithHandle(sentence: Sentence, start: number): boolean {
  return sentence.start === 0 && start === 1 && openingHandle.test(sentence.text);
}

/**
 * Adds the writer of every post a paragraph opens with, as a person. A handle that holds the
 * family name of someone the story names in full (`@chrisochoidis` after Michalis Chrisochoidis,
 * `@nikosoulis` after Nikos Soulis) is that person's account, not someone new.
 */
export function addPostWriters(book: EntityBook, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    if (sentence.start !== 0) continue;
    const handle = openingHandle.exec(sentence.text)?.[1];
    if (!handle || publication.test(handle)) continue;
    if (book.lookup(handle).length > 0) continue;
    const lower = handle.toLowerCase();
    const owner = book.all().find((e) => {
      if (e.kind !== 'person' || !/\s/u.test(e.name)) return false;
      const family = e.name.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
      return family.length >= 4 && lower.includes(family);
    });
    if (owner) book.alias(owner, handle);
    else book.add('person', handle, sentence.paragraph * 1e6);
  }
}
