import type { NameChunk } from './find-names.ts';

/**
 * Surnames that the news writes alone for one person everyone knows: the presidents, prime
 * ministers and chancellors of the G20 countries since 1990 ("Trump said", "Putin’s envoy",
 * "Merkel told"). A story names them once in full, or not at all, and then by surname only, which
 * reads like a body's name ("Loopr said") or a place ("at Trump"). No package keeps such a list, so
 * it is kept here, to that rule only. A surname that alone more often means something or someone
 * else in the news (Brown, May, Major, Howard, Johnson, Singh) is left out; one that is also a
 * word or a given name but stands for the leader when written alone (Trump, Bush, Cameron) is
 * kept.
 */
const surnames = new Set(
  `
  Bush Clinton Obama Trump Biden
  Thatcher Blair Cameron Truss Sunak Starmer
  Mulroney Chrétien Chretien Harper Trudeau Carney
  Mitterrand Chirac Sarkozy Hollande Macron
  Kohl Schröder Schroeder Merkel Scholz Merz
  Berlusconi Prodi Renzi Draghi Meloni Monti Letta Gentiloni
  Miyazawa Hosokawa Murayama Hashimoto Obuchi Koizumi Abe Fukuda Hatoyama Kishida Ishiba
  Gorbachev Yeltsin Putin Medvedev
  Xi Jiang
  Vajpayee Modi
  Cardoso Lula Rousseff Temer Bolsonaro
  Menem Kirchner Macri Milei
  Zedillo Calderón Calderon Obrador Sheinbaum
  Mandela Mbeki Motlanthe Zuma Ramaphosa
  Erdoğan Erdogan Demirel
  Suharto Habibie Yudhoyono Widodo Jokowi Prabowo
  Hawke Keating Rudd Gillard Abbott Turnbull Morrison Albanese
  `
    .split(/\s+/)
    .filter((name) => name !== ''),
);

/**
 * Whether a name of one word is the surname of one of the leaders above, standing for them: not
 * an owner ("Hawke’s Bay"), nor the name of their government ("the Biden/Harris Administration",
 * "the Obama administration").
 */
export function isPublicFigure(chunk: NameChunk, after: string): boolean {
  return (
    surnames.has(chunk.name) &&
    !chunk.possessive &&
    !/^(?:\/|\s+(?:administration|government|campaign|cabinet|era|years)\b)/iu.test(after)
  );
}
