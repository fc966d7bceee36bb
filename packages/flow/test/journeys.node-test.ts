import { deepEqual, equal, ok } from 'node:assert/strict';
import {
  checkAnswers,
  createNavigator,
  loadFlow,
  locationKey,
  pageView,
  placeServerErrors,
  registerFlowMessages,
  toFormFields,
  toJson,
  type FlowState,
  type PageInput,
} from '../src/index.js';
import { energyAssistance, parkingPermit } from '../src/examples/index.js';
import { definition, page, yesNo } from './fixtures.js';

const TODAY = '2026-12-02';
const parking = createNavigator(loadFlow(parkingPermit), { today: TODAY });
const energy = createNavigator(loadFlow(energyAssistance), { today: TODAY });

function ownerAtCheckAnswers(): FlowState {
  let state = parking.start();
  const steps: PageInput[] = [
    { fullName: 'Ana López', email: 'ana@example.com' },
    { homeAddress: '1 Main St', ownOrRent: 'own' },
    { plate: '7ABC123' },
    { permitType: 'annual' },
    { disabilityPlacard: 'no' },
  ];
  for (const input of steps) state = parking.next(state, input).state;
  equal(state.location.page, 'check-answers');
  return state;
}

function householdAtCheckAnswers(): FlowState {
  let state = energy.start();
  const steps: Record<string, unknown>[] = [
    { applicantName: 'Ana López', dateOfBirth: { month: '3', day: '27', year: '1985' } },
    { heating: 'gas' },
    { addAnother: 'yes' },
    { memberName: 'Luis', memberAge: '34' },
    { memberWorks: 'no' },
    { addAnother: 'yes' },
    { memberName: 'Sofía', memberAge: '9' },
    { addAnother: 'no' },
    { shutoffNotice: 'no', benefits: ['snap', 'ssi'] },
    { agree: ['true'] },
  ];
  for (const input of steps) {
    const result = energy.next(state, input as never);
    deepEqual(result.errors, [], `accepted on ${locationKey(state.location)}`);
    state = result.state;
  }
  equal(state.location.page, 'check-answers');
  return state;
}

describe('change from check answers', () => {
  it('asks the questions a change opens, then returns to check answers', () => {
    const start = ownerAtCheckAnswers();
    const rows = checkAnswers(parking, start).sections[0].rows;
    const tenure = rows.find((row) => row.kind === 'answer' && row.question.id === 'ownOrRent');
    ok(tenure && tenure.kind === 'answer');
    let state = parking.goTo(start, tenure.change, { returnTo: 'check-answers' });
    equal(state.location.page, 'home');
    state = parking.next(state, { ownOrRent: 'rent' }).state;
    equal(state.location.page, 'lease', 'the newly opened lease page is asked first');
    state = parking.next(state, { leaseEnds: '2027-08-31' }).state;
    equal(state.location.page, 'check-answers');
    equal(state.returnTo, undefined);
  });

  it('returns straight to check answers when nothing new opens', () => {
    let state = parking.goTo(
      ownerAtCheckAnswers(),
      { page: 'vehicle', items: [] },
      { returnTo: 'check-answers' },
    );
    state = parking.next(state, { plate: 'XYZ 99' }).state;
    equal(state.location.page, 'check-answers');
  });

  it('lists household members with summaries and a change link into each item', () => {
    registerFlowMessages(energy.flow);
    const model = checkAnswers(energy, householdAtCheckAnswers(), 'es');
    const group = model.sections[1].rows[0];
    ok(group.kind === 'group');
    deepEqual(
      group.items.map((item) => item.summary),
      ['Luis, 34', 'Sofía, 9'],
    );
    deepEqual(group.items[1].change, { page: 'member-about', items: [1] });
    deepEqual(model.errors, []);
    const benefits = model.sections[2].rows.find(
      (row) => row.kind === 'answer' && row.question.id === 'benefits',
    );
    equal(
      benefits?.kind === 'answer' && benefits.text,
      'SNAP (cupones de alimentos), Seguridad de Ingreso Suplementario (SSI)',
    );
  });
});

describe('add another', () => {
  it('removes an item only after confirmation', () => {
    const start = energy.goTo(householdAtCheckAnswers(), { page: 'members', items: [] });
    let state = energy.removeItem(start, 'members', 0);
    equal(pageView(energy, state, 'en').kind, 'remove');
    equal(pageView(energy, state, 'en').removing?.summary, 'Luis, 34');
    equal(energy.next(state, {}).errors[0].message, 'flow.error.confirmRemove');
    state = energy.next(state, { confirmRemove: 'no' }).state;
    equal(state.repeats.members.length, 2);
    state = energy.next(energy.removeItem(state, 'members', 0), { confirmRemove: 'yes' }).state;
    deepEqual(
      state.repeats.members.map((item) => item.answers.memberName.value),
      ['Sofía'],
    );
    equal(locationKey(state.location), 'members');
  });

  it('opens the first item directly when at least one is needed, and enforces min', () => {
    let state = energy.goTo(householdAtCheckAnswers(), { page: 'member-work', items: [0] });
    state = energy.next(state, { memberWorks: 'yes' }).state;
    equal(locationKey(state.location), 'job/0/0', 'jobs has min 1: straight to the first job');
    state = energy.next(state, { employer: 'Library', monthlyPay: '1200' }).state;
    equal(locationKey(state.location), 'jobs/0');
    state = energy.next(energy.removeItem(state, 'jobs', 0, [0]), { confirmRemove: 'yes' }).state;
    const result = energy.next(state, { addAnother: 'no' });
    equal(result.errors[0].code, 'repeatMin');
  });

  it('stops offering another item at max', () => {
    const flow = loadFlow(
      definition([
        {
          kind: 'repeat',
          id: 'pets',
          heading: 'Pets',
          itemName: 'pet',
          summary: '{petName}',
          max: 1,
          pages: [page('pet', 'petName')],
        },
      ]),
    );
    const nav = createNavigator(flow);
    let state = nav.next(nav.start(), { addAnother: 'yes' }).state;
    state = nav.next(state, { petName: 'Rex' }).state;
    equal(pageView(nav, state).canAddAnother, false);
    equal(nav.next(state, {}).state.location.page, 'check-answers');
  });
});

describe('unknown answers', () => {
  const flow = loadFlow(
    definition([
      {
        id: 'a',
        heading: 'A',
        questions: [{ id: 'rent', control: 'radios', label: 'Rent?', options: yesNo }],
      },
      page('b', 'landlord', { showWhen: { '==': [{ fact: 'rent' }, 'yes'] } }),
      page('c', 'q3'),
    ]),
  );
  const nav = createNavigator(flow);

  it('never skips silently: the page is held back, reported, and blocks sending', () => {
    const result = nav.next(nav.start(), {});
    equal(result.state.location.page, 'c', 'page b cannot be shown while "rent" is unanswered');
    deepEqual(result.unresolved, [
      { location: { page: 'b', items: [] }, kind: 'showWhen', missing: ['rent'] },
    ]);
    const state = nav.next(result.state, { q3: 'x' }).state;
    equal(state.location.page, 'check-answers');
    const blocked = nav.next(state);
    equal(blocked.state.location.page, 'check-answers');
    deepEqual(
      blocked.errors.map((issue) => [issue.code, issue.question, issue.location.page]),
      [['unresolved', 'rent', 'a']],
    );
  });
});

describe('answers left behind', () => {
  it('no longer steer the flow once the page that asked them is off the path', () => {
    let state = energy.goTo(householdAtCheckAnswers(), { page: 'member-work', items: [0] });
    state = energy.next(state, { memberWorks: 'yes' }).state;
    state = energy.next(state, { employer: 'Library', monthlyPay: '900' }).state;
    state = energy.goTo(state, { page: 'member-about', items: [0] }, { returnTo: 'check-answers' });
    state = energy.next(state, { memberName: 'Luis', memberAge: '16' }).state;
    equal(state.location.page, 'check-answers', 'the work page and jobs list are no longer asked');
    equal(state.repeats.members[0].answers.memberWorks.value, 'yes', 'kept in the store');
    ok(!toFormFields(energy, state).some(([name]) => name.includes('jobs')), 'jobs not sent');
    deepEqual(energy.validateAll(state), []);
  });
});

describe('back, hand-off and server errors', () => {
  it('goes back keeping what was typed, unchecked', () => {
    let state = parking.next(parking.start(), { fullName: 'Ana', email: 'ana@example.com' }).state;
    state = parking.back(state, { homeAddress: 'half-typed' });
    equal(state.location.page, 'applicant');
    equal(state.answers.homeAddress.raw, 'half-typed');
  });

  it('submits every answer on the path as one named field each, repeats indexed', () => {
    const state = energy.goTo(householdAtCheckAnswers(), { page: 'member-work', items: [0] });
    const withJob = energy.next(energy.next(state, { memberWorks: 'yes' }).state, {
      employer: 'Library',
      monthlyPay: '1,200',
    }).state;
    const fields = toFormFields(energy, withJob);
    deepEqual(
      fields.filter(([name]) => name.startsWith('members')),
      [
        ['members[0].memberName', 'Luis'],
        ['members[0].memberAge', '34'],
        ['members[0].memberWorks', 'yes'],
        ['members[0].jobs[0].employer', 'Library'],
        ['members[0].jobs[0].monthlyPay', '1200'],
        ['members[1].memberName', 'Sofía'],
        ['members[1].memberAge', '9'],
      ],
    );
    deepEqual(
      fields.filter(([name]) => name === 'benefits'),
      [
        ['benefits', 'snap'],
        ['benefits', 'ssi'],
      ],
    );
    const json = toJson(energy, withJob) as {
      members: { jobs?: unknown[] }[];
      dateOfBirth: string;
    };
    equal(json.dateOfBirth, '1985-03-27');
    deepEqual(json.members[0].jobs, [{ employer: 'Library', monthlyPay: 1200 }]);
  });

  it('leaves out answers a changed branch left behind', () => {
    let state = parking.goTo(
      ownerAtCheckAnswers(),
      { page: 'home', items: [] },
      { returnTo: 'check-answers' },
    );
    state = parking.next(state, { ownOrRent: 'rent' }).state;
    state = parking.next(state, { leaseEnds: '2027-08-31' }).state;
    state = parking.goTo(state, { page: 'home', items: [] }, { returnTo: 'check-answers' });
    state = parking.next(state, { ownOrRent: 'own' }).state;
    equal(state.answers.leaseEnds.value, '2027-08-31', 'kept in the store');
    ok(!toFormFields(parking, state).some(([name]) => name === 'leaseEnds'), 'but not sent');
  });

  it('puts server errors on the page and question they name', () => {
    const placed = placeServerErrors(energy, householdAtCheckAnswers(), [
      { field: 'members[1].memberAge', message: 'Age does not match our records' },
      { field: 'members[7].memberAge', message: 'No such member' },
      { field: '__proto__', message: 'x' },
    ]);
    deepEqual(placed.state.location, { page: 'member-about', items: [1] });
    equal(placed.state.returnTo, 'check-answers');
    const view = pageView(energy, placed.state);
    equal(
      view.questions.find((question) => question.field === 'members[1].memberAge')?.error?.message,
      'Age does not match our records',
    );
    deepEqual(
      placed.unplaced.map((error) => error.field),
      ['members[7].memberAge', '__proto__'],
    );
  });
});
