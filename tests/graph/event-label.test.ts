import { describe, expect, it } from 'vitest';
import { eventLabel } from '../../src/graph/event-label.js';
import { english } from '../../src/lang/en/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const person = (name: string, role: 'host' | 'guest' | 'suspect' | 'authority' | 'participant', reports = 1) => ({
  name,
  role,
  person: true,
  reports,
});

describe('event labels', () => {
  it("say who went where and when, in the article's language", () => {
    const visit = {
      kind: 'visit' as const,
      participants: [person('Kim Jong Un', 'host'), person('Vladimir Putin', 'guest')],
      place: 'Pyongyang',
      date: '2024-06-19',
    };
    expect(eventLabel(visit, indonesian.eventLabels)).toBe('Kunjungan Vladimir Putin ke Pyongyang, 19 Juni 2024');
    expect(eventLabel(visit, english.eventLabels)).toBe('Visit by Vladimir Putin to Pyongyang, 19 June 2024');
  });

  it('name whom an arrest is of, and leave out what is not known', () => {
    const arrest = {
      kind: 'arrest' as const,
      participants: [
        { name: 'KPK', role: 'authority' as const, person: false, reports: 3 },
        person('Abdul Wahid', 'suspect'),
      ],
      date: '2025-11',
    };
    expect(eventLabel(arrest, indonesian.eventLabels)).toBe('Penangkapan Abdul Wahid, November 2025');
    expect(eventLabel({ kind: 'disaster', participants: [], place: 'Cianjur' }, indonesian.eventLabels)).toBe(
      'Bencana di Cianjur',
    );
  });

  it('join the two main people of a meeting', () => {
    const meeting = {
      kind: 'meeting' as const,
      participants: [person('Sugiono', 'participant', 2), person('Sergei Lavrov', 'participant', 3)],
      place: 'Moskow',
      date: '2025',
    };
    expect(eventLabel(meeting, indonesian.eventLabels)).toBe('Pertemuan Sergei Lavrov dan Sugiono di Moskow, 2025');
  });
});
