import {
  ageOn,
  applyRounding,
  dateInTimeZone,
  guidelineArea,
  guidelineFor,
  parseIsoDate,
} from './values.js';
import { hhsPovertyGuidelines } from './poverty-guidelines.js';
import type { PovertyGuidelines } from './types.js';
import { equal } from '../test/assert.js';

const ymd = (text: string): number => parseIsoDate(text) as number;

describe('dates and ages', () => {
  it('parses real calendar dates only', () => {
    equal(parseIsoDate('2024-02-29'), 20240229);
    equal(parseIsoDate('2025-02-29'), undefined);
    equal(parseIsoDate('2025-13-01'), undefined);
    equal(parseIsoDate('25-01-01'), undefined);
    equal(parseIsoDate('2025-04-31'), undefined);
  });

  it('makes a person N years old from the start of their birthday', () => {
    equal(ageOn(ymd('2000-06-15'), ymd('2018-06-14')), 17);
    equal(ageOn(ymd('2000-06-15'), ymd('2018-06-15')), 18);
    equal(ageOn(ymd('2000-12-31'), ymd('2001-01-01')), 0);
    equal(ageOn(ymd('2000-06-15'), ymd('1999-01-01')), undefined, 'born after the date');
  });

  it('gives someone born on 29 February their birthday on 1 March in common years', () => {
    const leapling = ymd('2008-02-29');
    equal(ageOn(leapling, ymd('2026-02-28')), 17);
    equal(ageOn(leapling, ymd('2026-03-01')), 18);
    equal(ageOn(leapling, ymd('2028-02-28')), 19);
    equal(ageOn(leapling, ymd('2028-02-29')), 20, 'on a real 29 February');
  });

  it('can use 28 February for leap-day birthdays instead', () => {
    const leapling = ymd('2008-02-29');
    equal(ageOn(leapling, ymd('2026-02-28'), 'february28'), 18);
    equal(ageOn(leapling, ymd('2026-02-27'), 'february28'), 17);
    equal(
      ageOn(leapling, ymd('2028-02-28'), 'february28'),
      19,
      'leap years still wait for the 29th',
    );
  });

  it('reads an instant as a calendar date in a time zone', () => {
    const instant = new Date(Date.UTC(2026, 0, 1, 5, 30)); // 05:30 UTC on 1 January
    equal(dateInTimeZone(instant, 'UTC'), 20260101);
    equal(dateInTimeZone(instant, 'America/Los_Angeles'), 20251231);
    equal(dateInTimeZone(instant, 'Pacific/Honolulu'), 20251231);
    equal(dateInTimeZone(instant, 'Asia/Tokyo'), 20260101);
  });
});

describe('rounding', () => {
  it('rounds up, down and to the nearest step', () => {
    equal(applyRounding(2887.08, { mode: 'up' }), 2888);
    equal(applyRounding(2887.08, { mode: 'down' }), 2887);
    equal(applyRounding(2887.5, { mode: 'nearest' }), 2888);
    equal(applyRounding(1234.567, { mode: 'down', to: 0.01 }), 1234.56);
    equal(applyRounding(1234, { mode: 'up', to: 50 }), 1250);
  });

  it('does not round an exact amount up because of floating-point noise', () => {
    equal(applyRounding((26650 * 1.3) / 12, { mode: 'up' }), 2888);
    equal(applyRounding(0.1 + 0.2, { mode: 'up', to: 0.1 }), 0.3);
  });
});

describe('HHS poverty guidelines', () => {
  const y2025 = hhsPovertyGuidelines.values[0].value as PovertyGuidelines;
  const y2026 = hhsPovertyGuidelines.values[1].value as PovertyGuidelines;

  it('has the 2025 figures for the 48 states and DC, extending by $5,500 above 8 people', () => {
    equal(y2025.year, 2025);
    equal(guidelineFor(y2025.contiguous, 1), 15650);
    equal(guidelineFor(y2025.contiguous, 4), 32150);
    equal(guidelineFor(y2025.contiguous, 8), 54150);
    equal(guidelineFor(y2025.contiguous, 9), 54150 + 5500);
    equal(guidelineFor(y2025.contiguous, 12), 54150 + 4 * 5500);
  });

  it('has the 2026 figures for the 48 states and DC, extending by $5,680 above 8 people', () => {
    equal(y2026.year, 2026);
    equal(guidelineFor(y2026.contiguous, 1), 15960);
    equal(guidelineFor(y2026.contiguous, 4), 33000);
    equal(guidelineFor(y2026.contiguous, 10), 55720 + 2 * 5680);
  });

  it('keeps every schedule consistent: each size adds the same amount', () => {
    for (const guidelines of [y2025, y2026]) {
      const amounts = guidelines.contiguous?.amounts ?? [];
      for (let size = 2; size <= amounts.length; size++) {
        equal(
          amounts[size - 1] - amounts[size - 2],
          guidelines.contiguous?.perAdditionalPerson,
          `size ${size}`,
        );
      }
    }
  });

  it('matches the FY 2026 SNAP monthly income limits USDA published from the 2025 guidelines', () => {
    // USDA FNS, "SNAP Cost-of-Living Adjustment (COLA) Information", FY 2026 tables 1 and 2:
    // net limit = 100% of the guideline / 12, gross = 130% / 12, both rounded up to whole dollars.
    const net: Record<'contiguous' | 'alaska' | 'hawaii', number[]> = {
      contiguous: [1305, 1763, 2221, 2680, 3138, 3596, 4055, 4513],
      alaska: [1630, 2203, 2776, 3350, 3923, 4496, 5070, 5643],
      hawaii: [1500, 2027, 2555, 3082, 3610, 4137, 4665, 5192],
    };
    const gross: Record<'contiguous' | 'alaska' | 'hawaii', number[]> = {
      contiguous: [1696, 2292, 2888, 3483],
      alaska: [2118, 2864, 3609, 4354],
      hawaii: [1949, 2635, 3321, 4007],
    };
    const perPerson = { contiguous: 459, alaska: 574, hawaii: 528 };
    for (const area of ['contiguous', 'alaska', 'hawaii'] as const) {
      net[area].forEach((limit, index) => {
        equal(
          Math.ceil((guidelineFor(y2025[area], index + 1) as number) / 12),
          limit,
          `${area} net, ${index + 1} people`,
        );
      });
      gross[area].forEach((limit, index) => {
        equal(
          applyRounding(((guidelineFor(y2025[area], index + 1) as number) * 1.3) / 12, {
            mode: 'up',
          }),
          limit,
          `${area} gross, ${index + 1} people`,
        );
      });
      equal(
        Math.ceil((y2025[area]?.perAdditionalPerson as number) / 12),
        perPerson[area],
        `${area} each additional member`,
      );
    }
  });

  it('has the 2026 Alaska and Hawaii tables, linear like every other', () => {
    equal(guidelineFor(y2026.alaska, 1), 19950);
    equal(guidelineFor(y2026.alaska, 8), 69650);
    equal(guidelineFor(y2026.alaska, 9), 69650 + 7100);
    equal(guidelineFor(y2026.hawaii, 1), 18360);
    equal(guidelineFor(y2026.hawaii, 8), 64070);
    equal(guidelineFor(y2026.hawaii, 10), 64070 + 2 * 6530);
    for (const area of ['alaska', 'hawaii'] as const) {
      const schedule = y2026[area];
      const amounts = schedule?.amounts ?? [];
      for (let size = 2; size <= amounts.length; size++) {
        equal(
          amounts[size - 1] - amounts[size - 2],
          schedule?.perAdditionalPerson,
          `${area} ${size}`,
        );
      }
    }
  });

  it('never covers territories, and never guesses a size', () => {
    equal(guidelineFor(y2025.alaska, 1), 19550);
    equal(guidelineFor(y2025.hawaii, 1), 17990);
    equal(guidelineFor(y2025.alaska, 10), 67710 + 2 * 6880);
    equal(guidelineFor(y2026.alaska, 1), 19950);
    equal(guidelineFor(y2026.hawaii, 1), 18360);
    equal(
      guidelineFor({ amounts: [19950] }, 2),
      undefined,
      'a schedule without an increment stops',
    );
    equal(guidelineArea('AK'), 'alaska');
    equal(guidelineArea('HI'), 'hawaii');
    equal(guidelineArea('DC'), 'contiguous');
    equal(guidelineArea('PR'), undefined);
    equal(guidelineArea('GU'), undefined);
    equal(guidelineFor(y2026.contiguous, 0), undefined);
    equal(guidelineFor(y2026.contiguous, 2.5), undefined);
  });
});
