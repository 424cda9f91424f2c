import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { plainText } from './plain-text.ts';

/** An article's text, as `derive` reads a story: a date line, the headline, then paragraphs. */
export interface ArticleText {
  headline: string;
  paragraphs: string[];
  /** The publisher as the page names itself, if it does. */
  siteName?: string;
}

/** Blocks of the extracted article that hold its prose. */
const PROSE = 'p, h2, h3, blockquote, li';

/**
 * The story on a news page, without its navigation, adverts and footers: Readability (Firefox's
 * Reader View) picks the article, over linkedom's DOM (jsdom 31 needs Node 22). Returns undefined
 * when the page holds no article.
 */
export function extractArticle(html: string, url: string): ArticleText | undefined {
  const { document } = parseHTML(html);
  // Readability resolves relative links against the document's URL.
  const base = document.createElement('base');
  base.setAttribute('href', url);
  document.head?.appendChild(base);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      charThreshold: 200,
    },
  ).parse();
  if (!article?.content) return undefined;
  const body = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document;
  const paragraphs = [...body.querySelectorAll(PROSE)]
    // A list item or quote inside a paragraph block is read with it, not twice.
    .filter((node) => !node.parentElement?.closest(PROSE))
    .map((node) => plainText(node.textContent ?? ''))
    .filter((text) => text.length > 0);
  if (paragraphs.length === 0) return undefined;
  return {
    headline: plainText(article.title ?? ''),
    paragraphs,
    ...(article.siteName ? { siteName: plainText(article.siteName) } : {}),
  };
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The article as the text `deriveBriefing` reads, dated by the feed (UTC) when it says. */
export function storyText(article: ArticleText, published?: number): string {
  const lines: string[] = [];
  if (published !== undefined) {
    const d = new Date(published);
    lines.push(
      `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      '',
    );
  }
  lines.push(article.headline, '');
  for (const paragraph of article.paragraphs) lines.push(paragraph, '');
  return lines.join('\n');
}
