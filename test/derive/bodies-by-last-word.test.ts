import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('bodies told by the last word of their names', () => {
  it('takes a speaker whose name ends in Laboratory, Team or Resort for a body, not a person', () => {
    const b = draft(
      article(
        '"The rock is loose," said the Kessling Optics Laboratory.',
        '"We found two bodies," the Varro Dive Team said.',
        'Palmeira Cove Resort said it was "deeply saddened".',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([]);
    expect(quoted(b).map(([speaker]) => speaker)).toEqual([
      'Kessling Optics Laboratory',
      'Varro Dive Team',
      'Palmeira Cove Resort',
    ]);
  });

  it('takes a party named for unity for a body, so "he" after it is not the party', () => {
    const b = draft(
      article(
        'President Lula da Silva spoke at the Foro. Among its members are: Communist Party of Cuba, Socialist Party of Peru, Farabundo Martí National Liberation Front, Guatemalan National Revolutionary Unity, Tupamaros.',
        'In Caracas, once again, he brought out the wish: "This is the biggest dream I am carrying."',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Lula da Silva']);
    expect(quoted(b)).toEqual([['Lula da Silva', 'This is the biggest dream I am carrying.']]);
  });

  it('takes names ending in Government or Tech for bodies, and in Area or Coliseum for places', () => {
    const b = draft(
      article(
        'Plans are afoot to replace the prison. Although the Scottish Government aims to reduce prisoner populations the new prison is to be larger.',
        "The remaining games are to be played at Georgia Tech's Alexander Memorial Coliseum, located in the undamaged midtown.",
        'Libya announced on Tuesday that it has revoked visas given to citizens of the Schengen Area of Europe.',
        '"We were lucky," said Ana Ruiz, a student.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('takes names ending in Unit or Airshow for bodies, and in Shoal or Territory for places', () => {
    const b = draft(
      article(
        'While some Marines of the 24th Marine Expeditionary Unit (Special Operations Capable) are on their way to the Black Sea, most are taking part in an exercise.',
        'Tension over the disputed waters of the Scarborough Shoal or Huangyan Island has been elevated.',
        'A proposed road plans to cross right through the middle of Indigenous Territory and National Park Isiboro Sécure.',
        'The Hawker Hunter crashed into a busy road during the Shoreham Airshow in England.',
        '"We were lucky," said Ana Ruiz, a student.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('takes names ending in Administration or Database for bodies, and in Counties for places', () => {
    const b = draft(
      article(
        'The initiative is part of the Biden/Harris Administration’s National Strategy for the Response.',
        'The U.S. Geological Survey today released the North Pacific Pelagic Seabird Database — a massive online resource.',
        'Agents made at least 55 arrests in connection with a drug trafficking ring in Collin and Dallas Counties.',
        '"We were lucky," said Ana Ruiz, a student.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('takes names ending in Archive, Endowment or Show for bodies and works, not people', () => {
    const b = draft(
      article(
        'The humanities endowment announces its grants.',
        'One grant goes to the Walt Whitman Archive, another to the Arts Endowment, and the actress once starred in The Patty Duke Show.',
        '"We were lucky," said Ana Ruiz, a student.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });
});
