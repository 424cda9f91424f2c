import { parseHTML } from 'linkedom';

/**
 * Text from a feed or a page as plain text: tags dropped, entities decoded, control characters
 * and runs of white space collapsed. Renderers escape what is left, so nothing from a feed can
 * become a mention or markup on any platform.
 */
export function plainText(html: string): string {
  const decoded = /[<&]/.test(html)
    ? (parseHTML(
        `<!doctype html><html><body><div>${html}</div></body></html>`,
      ).document.querySelector('div')?.textContent ?? '')
    : html;
  return decoded
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
