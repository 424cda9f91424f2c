import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('apostrophes inside names', () => {
  it("keeps an apostrophe that ends part of a name, but not a plural owner's or a closing mark", () => {
    const b = draft(
      article(
        "The party's leader, Professor Odhiambo' Ng'ang'a, told reporters: “We will win.”",
        "Fans of the Rovers' Cup Final called it an 'Unforgettable' Night Out.",
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(["Odhiambo' Ng'ang'a"]);
    expect(quoted(b)).toEqual([["Odhiambo' Ng'ang'a", 'We will win.']]);
  });
});
