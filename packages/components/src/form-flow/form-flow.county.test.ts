/**
 * The county example service end to end, by keyboard alone: every page's heading takes focus, axe passes
 * on every page (English and Spanish), and the answers reach a server as a native form POST.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { energyAssistance } from '@plaza/flow/examples.js';
import { echoFrame, firstPage, mountFlow, page } from '../../test/support/flow-pages.js';
import {
  choose,
  fill,
  fillDate,
  named,
  press,
  tabTo,
  withText,
} from '../../test/support/keyboard.js';
import './plaza-form-flow.js';
import './form-flow-definitions.js';

describe('<plaza-form-flow> county example service', function () {
  // A whole application typed key by key, with axe on every page, takes longer than one check.
  this.timeout(90_000);

  it('county energy help: household members added, one removed, branches, POSTed with indexes', async () => {
    const received = await echoFrame();
    const flow = await mountFlow(energyAssistance, {
      attributes: { action: '/__echo-form', target: 'echo' },
    });
    await firstPage(flow, 'About you');
    await fill('applicantName', 'Rosa Díaz');
    await fillDate('dateOfBirth', { month: '3', day: '27', year: '1985' });
    await press('Continue');
    await page(flow, 'Your home');
    await tabTo(named('heating'), 'heating');
    await sendKeys({ press: 'ArrowDown' });
    await press('Continue');
    await page(flow, 'Who else lives with you?');
    await choose('addAnother', 0);
    await press('Continue');

    const addMember = async (name: string, age: string) => {
      await page(flow, 'Household member');
      await fill('members[' + flow.state!.location.items[0] + '].memberName', name);
      await fill('members[' + flow.state!.location.items[0] + '].memberAge', age);
      await press('Continue');
    };
    await addMember('Ana', '34');
    await page(flow, 'Work');
    await choose('members[0].memberWorks', 0);
    await press('Continue');
    await page(flow, 'Job');
    await fill('members[0].jobs[0].employer', 'Acme');
    await fill('members[0].jobs[0].monthlyPay', '2000');
    await press('Continue');
    await page(flow, 'Jobs');
    await choose('addAnother', 1);
    await press('Continue');
    await page(flow, 'Who else lives with you?');
    await choose('addAnother', 0);
    await press('Continue');
    await addMember('Leo', '4');
    await page(flow, 'Who else lives with you?');
    await choose('addAnother', 0);
    await press('Continue');
    await addMember('Max', '70');
    await page(flow, 'Work');
    await choose('members[2].memberWorks', 1);
    await press('Continue');
    await page(flow, 'Who else lives with you?');
    expect(
      [...flow.querySelectorAll('.plaza-flow-item-summary')].map((item) => item.textContent),
    ).to.deep.equal(['Ana, 34', 'Leo, 4', 'Max, 70']);

    await tabTo(withText('Remove Max, 70'), 'Remove Max');
    await sendKeys({ press: 'Enter' });
    await page(flow, 'Are you sure you want to remove Max, 70?');
    await choose('confirmRemove', 0);
    await press('Continue');
    await page(flow, 'Who else lives with you?');
    expect(
      [...flow.querySelectorAll('.plaza-flow-item-summary')].map((item) => item.textContent),
    ).to.deep.equal(['Ana, 34', 'Leo, 4']);
    await choose('addAnother', 1);
    await press('Continue');

    await page(flow, 'Child care');
    await fill('childcareCosts', '150');
    await press('Continue');
    await page(flow, 'Your energy bills');
    await choose('shutoffNotice', 1);
    await press('Continue');
    await page(flow, 'Declaration');
    await tabTo(named('agree'), 'agree');
    await sendKeys({ press: 'Space' });
    await press('Continue');
    await page(flow, 'Check your answers before sending your application');
    await press('Accept and send');

    const fields = await received();
    expect(fields).to.deep.include({
      applicantName: ['Rosa Díaz'],
      dateOfBirth: ['1985-03-27'],
      heating: ['gas'],
      'members[0].memberName': ['Ana'],
      'members[0].memberAge': ['34'],
      'members[0].memberWorks': ['yes'],
      'members[0].jobs[0].employer': ['Acme'],
      'members[0].jobs[0].monthlyPay': ['2000'],
      'members[1].memberName': ['Leo'],
      'members[1].memberAge': ['4'],
      childcareCosts: ['150'],
      shutoffNotice: ['no'],
      agree: ['true'],
    });
    expect(Object.keys(fields).some((name) => name.startsWith('members[2]'))).to.equal(false);
    await page(flow, 'Application sent');
  });
});
