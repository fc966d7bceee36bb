/**
 * Issue 10's "done when", end to end, in English and Spanish: each example service completed by
 * keyboard alone, an answer changed from check your answers, the page reloaded (the element
 * mounted again on the same sessionStorage-style store and URL), and the application sent as a
 * native POST to the local echo server, which shows every answer (repeat items indexed).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { energyAssistance, parkingPermit } from '@plaza/flow/examples.js';
import { sessionStore, type Flow, type StorageLike } from '@plaza/flow';
import {
  echoFrame,
  expectPage as page,
  heading,
  mountFlow,
} from '../../test/support/flow-pages.js';
import {
  choose,
  fill,
  fillAddress,
  fillDate,
  named,
  press,
  tabTo,
} from '../../test/support/keyboard.js';
import './plaza-form-flow.js';
import type { PlazaFormFlow } from './form-flow.js';

/** A home address typed part by part into the address question. */
const HOME = { line1: '12 Elm Street', city: 'Springfield', state: 'Illinois', zip: '62701' };

const WORDS = {
  en: {
    continue: 'Continue',
    check: 'Check your answers before sending your application',
    send: 'Accept and send',
    sent: 'Application sent',
    changePlate: 'Change License plate',
    changeName: 'Change Full name',
    city: [
      'Your name and email',
      'Your home',
      'Your vehicle',
      'Type of permit',
      'Disabled parking',
    ],
    county: ['About you', 'Your home', 'Who else lives with you?', 'Household member', 'Work'],
    countyEnd: ['Child care', 'Your energy bills', 'Declaration'],
  },
  es: {
    continue: 'Continuar',
    check: 'Revise sus respuestas antes de enviar su solicitud',
    send: 'Aceptar y enviar',
    sent: 'Solicitud enviada',
    changePlate: 'Cambiar Placa',
    changeName: 'Cambiar Nombre completo',
    city: [
      'Su nombre y correo electrónico',
      'Su vivienda',
      'Su vehículo',
      'Tipo de permiso',
      'Estacionamiento para personas con discapacidad',
    ],
    county: [
      'Sobre usted',
      'Su vivienda',
      '¿Quién más vive con usted?',
      'Miembro del hogar',
      'Trabajo',
    ],
    countyEnd: ['Cuidado de niños', 'Sus facturas de energía', 'Declaración'],
  },
};

/** A sessionStorage stand-in that outlives the element, as the tab's storage outlives a reload. */
function tabStorage(): (flow: Flow) => ReturnType<typeof sessionStore> {
  const saved = new Map<string, string>();
  const storage: StorageLike = {
    getItem: (key) => saved.get(key) ?? null,
    setItem: (key, value) => void saved.set(key, value),
    removeItem: (key) => void saved.delete(key),
  };
  return (flow) => sessionStore(flow, { storage });
}

/** Changes an answer from check your answers, reloads there, and sends; resolves with the POST. */
async function changeReloadSend(
  flow: PlazaFormFlow,
  lang: 'en' | 'es',
  change: { link: string; page: string; field: string; text: string },
  mount: () => Promise<PlazaFormFlow>,
  received: () => Promise<Record<string, string[]>>,
): Promise<Record<string, string[]>> {
  const words = WORDS[lang];
  await press(change.link);
  await page(flow, change.page);
  await fill(change.field, change.text);
  await press(words.continue);
  await page(flow, words.check);
  flow.parentElement!.remove();
  const again = await mount();
  expect(heading(again)).to.equal(words.check, 'reloaded on check your answers');
  await press(words.send);
  const fields = await received();
  await page(again, words.sent);
  return fields;
}

describe('<plaza-form-flow> done when: both services, keyboard, change, reload, native POST', function () {
  // Whole applications typed key by key (axe on every page is in the city and county tests).
  this.timeout(180_000);

  for (const lang of ['en', 'es'] as const) {
    const words = WORDS[lang];

    it(`city parking permit in ${lang}`, async () => {
      const received = await echoFrame();
      const store = tabStorage();
      const mount = () =>
        mountFlow(parkingPermit, {
          lang,
          store,
          keepUrl: true,
          attributes: { action: '/__echo-form', target: 'echo' },
        });
      history.replaceState(null, '', location.pathname);
      const flow = await mount();
      const [applicant, home, vehicle, permit, placard] = words.city;
      expect(heading(flow)).to.equal(applicant);
      await fill('fullName', 'Ana Flores');
      await fill('email', 'ana@example.com');
      await press(words.continue);
      await page(flow, home);
      await fillAddress('homeAddress', HOME);
      await choose('ownOrRent', 0);
      await press(words.continue);
      await page(flow, vehicle);
      await fill('plate', '7ABC123');
      await press(words.continue);
      await page(flow, permit);
      await choose('permitType', 0);
      await press(words.continue);
      await page(flow, placard);
      await choose('disabilityPlacard', 1);
      await press(words.continue);
      await page(flow, words.check);
      const change = { link: words.changePlate, page: vehicle, field: 'plate', text: '8XYZ987' };
      const fields = await changeReloadSend(flow, lang, change, mount, received);
      expect(fields).to.deep.equal({
        fullName: ['Ana Flores'],
        email: ['ana@example.com'],
        'homeAddress.line1': ['12 Elm Street'],
        'homeAddress.line2': [''],
        'homeAddress.city': ['Springfield'],
        'homeAddress.county': [''],
        'homeAddress.state': ['IL'],
        'homeAddress.urbanization': [''],
        'homeAddress.zip': ['62701'],
        ownOrRent: ['own'],
        plate: ['8XYZ987'],
        permitType: ['annual'],
        disabilityPlacard: ['no'],
      });
    });

    it(`county energy help with household members in ${lang}`, async () => {
      const received = await echoFrame();
      const store = tabStorage();
      const mount = () =>
        mountFlow(energyAssistance, {
          lang,
          store,
          keepUrl: true,
          attributes: { action: '/__echo-form', target: 'echo' },
        });
      history.replaceState(null, '', location.pathname);
      const flow = await mount();
      const [about, home, members, member, work] = words.county;
      const [childcare, bills, declaration] = words.countyEnd;
      expect(heading(flow)).to.equal(about);
      await fill('applicantName', 'Rosa Díaz');
      await fillDate('dateOfBirth', { month: '3', day: '27', year: '1985' });
      await press(words.continue);
      await page(flow, home);
      await tabTo(named('heating'), 'heating');
      await sendKeys({ press: 'ArrowDown' });
      await press(words.continue);
      await page(flow, members);
      await choose('addAnother', 0);
      await press(words.continue);
      await page(flow, member);
      await fill('members[0].memberName', 'Ana');
      await fill('members[0].memberAge', '34');
      await press(words.continue);
      await page(flow, work);
      await choose('members[0].memberWorks', 1);
      await press(words.continue);
      await page(flow, members);
      await choose('addAnother', 0);
      await press(words.continue);
      await page(flow, member);
      await fill('members[1].memberName', 'Leo');
      await fill('members[1].memberAge', '4');
      await press(words.continue);
      await page(flow, members);
      await choose('addAnother', 1);
      await press(words.continue);
      await page(flow, childcare);
      await fill('childcareCosts', '150');
      await press(words.continue);
      await page(flow, bills);
      await choose('shutoffNotice', 1);
      await press(words.continue);
      await page(flow, declaration);
      await tabTo(named('agree'), 'agree');
      await sendKeys({ press: 'Space' });
      await press(words.continue);
      await page(flow, words.check);
      const change = {
        link: words.changeName,
        page: about,
        field: 'applicantName',
        text: 'Rosa María Díaz',
      };
      const fields = await changeReloadSend(flow, lang, change, mount, received);
      expect(fields).to.deep.equal({
        applicantName: ['Rosa María Díaz'],
        dateOfBirth: ['1985-03-27'],
        heating: ['gas'],
        'members[0].memberName': ['Ana'],
        'members[0].memberAge': ['34'],
        'members[0].memberWorks': ['no'],
        'members[1].memberName': ['Leo'],
        'members[1].memberAge': ['4'],
        childcareCosts: ['150'],
        shutoffNotice: ['no'],
        agree: ['true'],
      });
    });
  }
});
