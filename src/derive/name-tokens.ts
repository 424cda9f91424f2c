import { isQualificationGap, isRatingPossessive, qualificationSpans } from './military-ranks.ts';
import { titles } from './name-words.ts';

/** A word of a sentence as the name finder reads it, with a possessive ’s taken off. */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** Whether a word of a run is capitalised, as every word of a name but its particles is. */
export const isNameWord = (token: Token | undefined) =>
  token !== undefined && /^\p{Lu}/u.test(token.text);

/**
 * Two words next to each other, with nothing but a space between them, or a rating's bracketed
 * qualification ("Specialist (SW/AW) Mike Music"), which the name finder reads as part of the title.
 */
export const adjacent = (sentence: string, a: Token, b: Token) => {
  const gap = sentence.slice(a.end, b.start);
  if (gap === ' ') return true;
  const previous = /(\S+)\s+$/u.exec(sentence.slice(0, a.start))?.[1];
  return isQualificationGap(gap, a.text, previous);
};

/**
 * "Treasury Secretary (Henry) Paulson", "[President Donald] Trump": words in brackets, as quotes
 * supply what the speaker left out, belong to the name around them.
 */
export const bracketed = (sentence: string, a: Token, b: Token) => {
  const gap = sentence.slice(a.end, b.start);
  if (gap === ' (' || gap === ' [') {
    const close = gap === ' (' ? ')' : ']';
    return sentence.startsWith(`${close} `, b.end) && /^\p{Lu}/u.test(sentence.slice(b.end + 2));
  }
  if (gap !== ') ' && gap !== '] ') return false;
  const open = sentence.lastIndexOf(gap === ') ' ? '(' : '[', a.start);
  return (
    open >= 0 &&
    !/\s\S+\s/u.test(sentence.slice(open, a.start)) &&
    /^\p{Lu}/u.test(sentence.slice(open + 1)) &&
    /^\p{Lu}/u.test(b.text)
  );
};

/** The words of a sentence, with the dots, apostrophes and possessives that names carry sorted out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The codes of a qualification are no words of a name; the gap they leave still joins the run.
  const codes = qualificationSpans(text);
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}&][\p{L}\p{M}\p{N}'’.&-]*/gu)) {
    if (codes.some(([from, to]) => match.index >= from && match.index < to)) continue;
    let word = match[0];
    let possessive = false;
    // "Boatswain's Mate": a Navy rating's possessive is part of the rating, not an owner.
    const rating = isRatingPossessive(word, text.slice(match.index + word.length));
    if (/[’']s$/u.test(word) && word.length > 2 && !rating) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s[’']$/u.test(word)) {
      word = word.slice(0, -1);
    }
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !titles.has(word)) {
      word = word.slice(0, -1);
    }
    // "Odhiambo' Ng'ang'a": an apostrophe that ends a part of a name (not an
    // owner's "s'", nor the close of a word set in single marks) stays in it.
    const kept =
      /^\p{Lu}\p{Ll}*[^s\W]['’]$/u.test(word) &&
      !/['‘’]$/u.test(text.slice(0, match.index)) &&
      /^ \p{Lu}/u.test(text.slice(match.index + word.length));
    if (!kept) word = word.replace(/[-'’]+$/u, '');
    if (word === '') continue;
    tokens.push({ text: word, start: match.index, end: match.index + word.length, possessive });
  }
  // "VOAs Patricia Nunan": an acronym with an s and no apostrophe, before a name, owns the name.
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (/^\p{Lu}{2,}s$/u.test(token.text) && next && /^\p{Lu}\p{Ll}/u.test(next.text)) {
      token.text = token.text.slice(0, -1);
      token.end -= 1;
      token.possessive = true;
    }
  });
  return tokens;
}
