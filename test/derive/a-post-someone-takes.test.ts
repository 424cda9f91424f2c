import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a post someone named takes up', () => {
  it('makes no one new of "become an associate editor", so the next "she" is still hers', () => {
    const b = draft(
      article(
        'Michelle Grattan will leave The Age to join the university and become an associate editor for The Conversation.',
        'She will join The Conversation as Associate Editor (Politics), saying she was delighted.',
        '“I believe very strongly in the diversity of voices,” she said.',
      ),
    );
    expect(b.groups).toEqual([]);
    expect(quoted(b)).toEqual([
      ['Michelle Grattan', 'I believe very strongly in the diversity of voices'],
    ]);
  });

  it('still hears someone unnamed who speaks', () => {
    const b = draft(
      article('The minister left early.', '“We were not consulted,” an associate editor said.'),
    );
    expect(quoted(b)).toEqual([['associate editor', 'We were not consulted']]);
  });
});
