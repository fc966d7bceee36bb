import { deepEqual, equal, ok } from 'node:assert/strict';
import {
  createNavigator,
  loadFlow,
  locationKey,
  type FlowState,
  type PageInput,
} from '../src/index.js';
import { energyAssistance, parkingPermit } from '../src/examples/index.js';

const TODAY = '2026-12-02';

/** Answers page after page, failing the test if a page does not accept its answers. */
function fill(
  nav: ReturnType<typeof createNavigator>,
  state: FlowState,
  pages: [string, PageInput][],
) {
  let current = state;
  for (const [key, input] of pages) {
    equal(locationKey(current.location), key, `expected to be on ${key}`);
    const result = nav.next(current, input);
    deepEqual(result.errors, [], `${key} accepted`);
    current = result.state;
  }
  return current;
}

describe('navigating the parking permit example', () => {
  const nav = createNavigator(loadFlow(parkingPermit), { today: TODAY });

  it('asks the lease page only to renters and routes visitors to the visitor page', () => {
    const done = fill(nav, nav.start(), [
      ['applicant', { fullName: 'Ana López', email: 'ana@example.com' }],
      ['home', { homeAddress: '1 Main St', ownOrRent: 'rent' }],
      ['lease', { leaseEnds: { month: '8', day: '31', year: '2027' } }],
      ['vehicle', { plate: '7ABC123' }],
      ['permit-type', { permitType: 'visitor' }],
      ['visitor-days', { visitorDays: '12' }],
      ['placard', { disabilityPlacard: 'no' }],
    ]);
    equal(done.location.page, 'check-answers');
    equal(done.answers.leaseEnds.value, '2027-08-31');
    equal(done.answers.visitorDays.value, 12);
  });

  it('walks again whenever the answers change, and only then', () => {
    const onPath = (state: FlowState) =>
      nav.walk(state).entries.map((entry) => entry.location.page);
    const renter = fill(nav, nav.start(), [
      ['applicant', { fullName: 'Ana', email: 'ana@example.com' }],
      ['home', { homeAddress: '1 Main St', ownOrRent: 'rent' }],
    ]);
    const walked = nav.walk(renter);
    // Moving elsewhere keeps the answers: the same walk serves the next question about them.
    equal(nav.walk({ ...renter, location: { page: 'applicant', items: [] } }), walked);
    ok(onPath(renter).includes('lease'));
    // The same page answered again, differently: a new walk, without the lease page.
    const owner = nav.save(
      { ...renter, location: { page: 'home', items: [] } },
      { ownOrRent: 'own' },
    );
    ok(!onPath(owner).includes('lease'), 'an owner is not asked about a lease');
    ok(onPath(renter).includes('lease'), 'the renter’s walk is still the renter’s');
  });

  it('skips the lease page for owners and the visitor page for annual permits', () => {
    const done = fill(nav, nav.start(), [
      ['applicant', { fullName: 'Ana', email: 'ana@example.com' }],
      ['home', { homeAddress: '1 Main St', ownOrRent: 'own' }],
      ['vehicle', { plate: '7ABC123' }],
      ['permit-type', { permitType: 'annual' }],
      ['placard', { disabilityPlacard: 'yes' }],
    ]);
    equal(done.location.page, 'check-answers');
    const finished = nav.next(done);
    equal(finished.state.location.page, 'confirmation');
    equal(finished.state.submitted, true);
  });

  it('keeps what was typed when a page fails its checks', () => {
    const result = nav.next(nav.start(), { fullName: '  ', email: 'not an email' });
    equal(result.state.location.page, 'applicant');
    deepEqual(
      result.errors.map((issue) => [issue.question, issue.code, issue.message]),
      [
        ['fullName', 'required', 'parking.fullName.required'],
        ['email', 'format', 'flow.error.format.email'],
      ],
    );
    equal(result.state.answers.email.raw, 'not an email');
  });
});

describe('navigating the energy assistance example', () => {
  const nav = createNavigator(loadFlow(energyAssistance), { today: TODAY });

  it('adds household members with jobs one level down, then branches on their ages', () => {
    const done = fill(nav, nav.start(), [
      ['contact', { applicantName: 'Ana López', dateOfBirth: '1985-03-27' }],
      ['home', { heating: 'gas' }],
      ['members', { addAnother: 'yes' }],
      ['member-about/0', { memberName: 'Luis', memberAge: '34' }],
      ['member-work/0', { memberWorks: 'yes' }],
      ['job/0/0', { employer: 'County Library', monthlyPay: '$2,100.50' }],
      ['jobs/0', { addAnother: 'no' }],
      ['members', { addAnother: 'yes' }],
      ['member-about/1', { memberName: 'Sofía', memberAge: '4' }],
      ['members', { addAnother: 'no' }],
      ['childcare', { childcareCosts: '300' }],
      ['shutoff', { shutoffNotice: 'no', benefits: ['snap'] }],
      ['declaration', { agree: ['true'] }],
    ]);
    equal(done.location.page, 'check-answers');
    equal(done.repeats.members[0].repeats.jobs[0].answers.monthlyPay.value, 2100.5);
    ok(done.history.length > 10);
  });
});
