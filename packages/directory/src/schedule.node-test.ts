import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOpenAt, parseByDay, parseTime } from './schedule.js';

const NY = 'America/New_York';

describe('schedules', () => {
  it('parses HSDS times with and without offsets', () => {
    assert.deepEqual(parseTime('09:30'), { minutes: 570 });
    assert.deepEqual(parseTime('09:00-05:00'), { minutes: 540, utcOffset: -300 });
    assert.deepEqual(parseTime('08:00Z'), { minutes: 480, utcOffset: 0 });
    assert.equal(parseTime('9am'), undefined);
    assert.equal(parseTime('24:00'), undefined);
    assert.deepEqual(parseByDay('MO, fr'), [1, 5]);
    assert.equal(parseByDay('1MO'), undefined);
  });

  it('is unknown without openings', () => {
    assert.equal(isOpenAt([], new Date(), NY), undefined);
  });

  it('honours daylight saving time in the agency zone', () => {
    const opening = [{ days: [1, 2, 3, 4, 5], opens: 9 * 60, closes: 17 * 60 }];
    // July: New York is UTC-4, so 13:30 UTC is 09:30. January: UTC-5, so 13:30 UTC is 08:30.
    assert.equal(isOpenAt(opening, new Date('2026-07-06T13:30:00Z'), NY), true);
    assert.equal(isOpenAt(opening, new Date('2026-01-05T13:30:00Z'), NY), false);
    assert.equal(isOpenAt(opening, new Date('2026-01-05T13:30:00Z'), 'America/Chicago'), false);
    assert.equal(isOpenAt(opening, new Date('2026-01-05T15:30:00Z'), 'America/Chicago'), true);
  });

  it('uses an explicit offset instead of the zone', () => {
    const opening = [{ days: [1], opens: 9 * 60, closes: 10 * 60, utcOffset: 0 }];
    assert.equal(isOpenAt(opening, new Date('2026-01-05T09:30:00Z'), NY), true);
  });

  it('handles hours past midnight and validity dates', () => {
    const late = [{ days: [5], opens: 22 * 60, closes: 2 * 60 }];
    assert.equal(
      isOpenAt(late, new Date('2026-01-10T06:00:00Z'), NY),
      true,
      'Saturday 01:00 after a Friday opening',
    );
    assert.equal(isOpenAt(late, new Date('2026-01-10T08:00:00Z'), NY), false, 'Saturday 03:00');
    const expired = [{ days: [1], opens: 0, closes: 23 * 60, validTo: '2025-12-31' }];
    assert.equal(isOpenAt(expired, new Date('2026-01-05T15:00:00Z'), NY), false);
  });
});
