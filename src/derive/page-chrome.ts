/**
 * Page furniture that copies of news pages carry along with the story: sharing and subscription
 * prompts, advertising slots, lists of other stories and agency sign-offs. None of it is part of
 * the story, and none of it counts as a paragraph.
 */
const chromeLines: RegExp[] = [
  /^[-–—\s]*advertisement[-–—\s]*$/i,
  /^(?:story continues below|scroll to continue|continue reading)\b/i,
  /^(?:share|share this|share this article|share on \w+|tweet|email|print|copy link|save)\b.{0,30}$/i,
  /^(?:sign up|subscribe|unlock|register|log in|already a subscriber|get the|download the app)\b/i,
  /^(?:listen to this article|read more|see also|watch|more on this story)\b.{0,60}$/i,
  /^(?:copyright|©|\(c\))\s/i,
  /all rights reserved\.?$/i,
  /^(?:reporting|additional reporting|writing|editing) by\b/i,
  /^our standards:/i,
  /^(?:image|photo|picture|video)\s*(?:caption|source|credit)?\s*[:,]/i,
  // A caption that ends with its credit ("… at the booth. Image: Nick Moreau."), which may name
  // a body with dotted capitals ("Image: Cecilio Ricardo, U.S. Air Force."), and whose credit may
  // be glued to the caption when the page lost the break between them ("Senator Scott BrownImage:",
  // "Chris Christie in 2015Image:"), and which a note on reuse in brackets may follow.
  /(?:\b|(?<=[\p{Ll}\d]))(?:Image|Photo|Video|Audio):\s+(?:[^.!?\p{Lu}]|\p{Lu}\.?){1,60}\.?(?:\s*\([^()]{1,40}\)\.?)?$/u,
  /\b(?:getty images|afp via getty|reuters\/|ap photo)\b/i,
  /^follow (?:us|\w+) on\b/i,
  /^(?:topics|tags|comments|most read|trending|skip to (?:main )?content)\s*:?$/i,
];

/** Headings after which a page lists other stories: the story has ended. */
const endMarkers =
  /^(?:related(?: articles| stories| coverage| content)?|latest(?: articles| news| stories)?|more (?:stories|from [\w ]+)|recommended(?: for you)?|you may also like|most (?:read|popular)|read next|sources|references|external links)\s*:?$/i;

/** Whether a line is page furniture rather than part of the story. */
export function isChrome(line: string): boolean {
  const text = line.trim();
  return chromeLines.some((pattern) => pattern.test(text));
}

/** Whether a line opens a list of other stories, which ends the story. */
export function isEndMarker(line: string): boolean {
  return endMarkers.test(line.trim());
}

/** A standalone byline ("By Mike Castellano, Business Reporter"), not a sentence of the story. */
export function isBylineLine(line: string): boolean {
  const text = line.trim();
  return /^by\s+\p{Lu}/iu.test(text) && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 12;
}
