import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);
const organisations = (text: string) => draft(text).organisations.map((o) => o.name);

describe('names whose own words rule out a person', () => {
  it('takes a run opening with "My" or "Our" for the title of a work', () => {
    expect(
      people(
        article(
          'Rhea Tamsin voiced a mermaid in My Bride Zorvath, a cartoon. Zorvath ran for years.',
          'She then sang in Our Town Kelmoor. Kelmoor toured.',
        ),
      ),
    ).toEqual(['Rhea Tamsin']);
  });

  it('takes a name hyphened to "-led" or "-backed" for a description of what follows', () => {
    expect(
      people(
        article(
          'A Cornell University-led team built the robot, said Dana Kirk.',
          'The Acme Foundation-backed study found the same.',
        ),
      ),
    ).toEqual(['Dana Kirk']);
  });

  it('takes a state abbreviated after a town for a place, even before a description', () => {
    const b = draft(
      article(
        'Sgt. Ada Lund from Scotia, N.Y., a public relations officer, said: "We have seen progress."',
        'Pvt. Eli Stone of Fresno, Calif., a medic, agreed.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ada Lund', 'Eli Stone']);
    expect(quoted(b)).toEqual([['Ada Lund', 'We have seen progress.']]);
  });

  it('takes a single name with a reign number for a person, and the number for no surname', () => {
    const b = draft(
      article(
        'Ptolemy II built the lighthouse, and Louis XIV the palace.',
        'Sultan Vahid (Osman IV) left the city.',
      ),
    );
    expect(b.people.map((p) => [p.name, ...p.aliases])).toEqual([['Ptolemy II'], ['Louis XIV']]);
  });

  it('takes "São …", "Ciudad …", "Central …" and "… Beach" for places', () => {
    expect(
      people(
        article(
          'Dana Kirk flew from São Tomar to Ciudad Verda, then to Central Korvo.',
          'She ended the trip in Marlin Beach.',
        ),
      ),
    ).toEqual(['Dana Kirk']);
  });

  it('takes a capital before a word that is no given name for an event or a club', () => {
    const text = article(
      'Dublin Pride 2025 drew crowds. According to the organisers of the Pride, 60 thousand came.',
      'Dana Kirk marched with them.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
  });

  it('takes names ending in a natural feature or a district for places', () => {
    expect(
      people(
        article(
          'The boat sank near Prince William Sound, Alaska, said Dana Kirk.',
          'Debris washed ashore on Kaafu Atoll and in Arunachal Pradesh and Subhash Nagar.',
        ),
      ),
    ).toEqual(['Dana Kirk']);
  });

  it('takes names ending in a newspaper word, or opening on a German article, for bodies', () => {
    const text = article(
      'His words were followed by a Jakarta Globe editorial, said Dana Kirk.',
      'Bintang Today yesterday put the figure at 100, and Rodong Sinmun and Der Spiegel agreed.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
    expect(organisations(text)).toEqual(
      expect.arrayContaining(['Jakarta Globe', 'Rodong Sinmun', 'Der Spiegel']),
    );
  });

  it('keeps a Romance particle opening a surname', () => {
    expect(
      people(article('Defence minister Ignazio La Russa spoke. La Russa said it would end.')),
    ).toEqual(['Ignazio La Russa']);
  });

  it('takes a name followed by an occasion in lower case for the occasion', () => {
    expect(
      people(
        article(
          'As part of Comprehensive Airmen Fitness day, the base opened its gates, said Dana Kirk.',
          'Visitors used the Cosplay Recharge station. Cosplay fans and Airmen came too.',
        ),
      ),
    ).toEqual(['Dana Kirk']);
  });
});

describe('bodies named in a foreign language', () => {
  it('takes "Médecins Sans Frontières" and "Médicos Sin Fronteras" for bodies', () => {
    const text = article(
      'Twenty workers were hurt. Médecins Sans Frontières are treating the wounded in tents.',
      'Dana Kirk said Médicos Sin Fronteras had sent a team.',
    );
    expect(people(text)).toEqual(['Dana Kirk']);
    expect(organisations(text)).toContain('Médecins Sans Frontières');
  });
});
