// The seeded benchmark rule sets and households shared by the eligibility benchmarks: rule sets
// of any size with about ten leaf conditions per program over 17 facts, the first 50 programs the
// same whatever the size, and households answering every fact.
function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = rng(2026);
const pick = (items) => items[Math.floor(random() * items.length)];
const int = (min, max) => min + Math.floor(random() * (max - min + 1));

const NUMBERS = ['householdSize', 'age', 'children', 'yearsInState', 'hoursWorked'];
const MONEY = ['income', 'earnings', 'rent', 'assets'];
const BOOLEANS = ['student', 'veteran', 'disabled', 'pregnant', 'citizen', 'employed'];
const ENUMS = {
  housing: ['own', 'rent', 'homeless', 'other'],
  county: ['a', 'b', 'c', 'd', 'e', 'f'],
};

export const facts = [
  ...NUMBERS.map((id) => ({ id, type: 'number', question: `q.${id}` })),
  ...MONEY.map((id) => ({ id, type: 'money', period: 'month', question: `q.${id}` })),
  ...BOOLEANS.map((id) => ({ id, type: 'boolean', question: `q.${id}` })),
  ...Object.entries(ENUMS).map(([id, options]) => ({
    id,
    type: 'enum',
    options,
    question: `q.${id}`,
  })),
];
const ranges = {
  householdSize: [1, 8],
  age: [0, 90],
  children: [0, 6],
  yearsInState: [0, 40],
  hoursWorked: [0, 60],
};

/** One leaf condition: a comparison, a membership test or a yes/no fact. */
let leafCount = 0;
function leaf() {
  leafCount++;
  const kind = int(0, 9);
  if (kind <= 3) {
    const id = pick(NUMBERS);
    const [min, max] = ranges[id];
    return { [pick(['<', '<=', '>', '>=', '==', '!='])]: [{ fact: id }, int(min, max)] };
  }
  if (kind <= 5) {
    const id = pick(MONEY);
    return {
      [pick(['<', '<=', '>', '>='])]: [{ fact: id }, { money: [int(5, 60) * 100, 'month'] }],
    };
  }
  if (kind === 6) {
    // Arithmetic: income minus 20% of earnings against a limit scaled by household size.
    return {
      '<=': [
        { '-': [{ fact: 'income' }, { '*': [{ fact: 'earnings' }, 0.2] }] },
        { '*': [{ money: [int(4, 12) * 100, 'month'] }, { fact: 'householdSize' }] },
      ],
    };
  }
  if (kind === 7) {
    const [id, options] = pick(Object.entries(ENUMS));
    return { in: [{ fact: id }, options.filter(() => random() < 0.5)] };
  }
  return random() < 0.8 ? { fact: pick(BOOLEANS) } : { not: { fact: pick(BOOLEANS) } };
}

/** About ten leaf conditions per program, spread over 2-4 criteria with some any/not nesting. */
function criteria() {
  const count = int(2, 4);
  const out = [];
  let leaves = 0;
  for (let index = 0; index < count; index++) {
    const size = index === count - 1 ? Math.max(1, 10 - leaves) : int(2, 4);
    leaves += size;
    const items = Array.from({ length: size }, leaf);
    const when =
      size === 1
        ? items[0]
        : random() < 0.5
          ? { any: items }
          : { all: [items[0], { any: items.slice(1) }] };
    out.push({ id: `c${index}`, when: random() < 0.15 ? { not: when } : when });
  }
  return out;
}

/** `count` seeded programs; the first 50 are the same whatever the count. */
export function ruleSetOf(count) {
  random = rng(2026);
  leafCount = 0;
  const programs = Array.from({ length: count }, (_, index) => ({
    id: `program${index}`,
    name: `Program ${index}`,
    agency: 'Bench',
    criteria: criteria(),
  }));
  return { ruleSet: { id: 'bench', version: '1', facts, programs }, leaves: leafCount };
}

/** `count` seeded households, every fact answered; the same list for the same count. */
export function householdsOf(count) {
  random = rng(7);
  return Array.from({ length: count }, () => {
    const household = {};
    for (const id of NUMBERS) household[id] = int(...ranges[id]);
    for (const id of MONEY) household[id] = int(0, 6000);
    for (const id of BOOLEANS) household[id] = random() < 0.5;
    for (const [id, options] of Object.entries(ENUMS)) household[id] = pick(options);
    return household;
  });
}
