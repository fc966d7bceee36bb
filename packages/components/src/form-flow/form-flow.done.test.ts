/**
 * Issue 10's "done when", end to end, in English and Spanish: each example service completed by
 * keyboard alone, an answer changed from check your answers, the page reloaded (the element
 * mounted again on the same sessionStorage-style store and URL), and the application sent as a
 * native POST to the local echo server, which shows every answer (repeat items indexed).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { energyAssistance, parkingPermit } from '@plaza/flow/examples.js';
import { sessionStore, type Flow, type FlowDefinition, type StorageLike } from '@plaza/flow';
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
import './form-flow-definitions.js';

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

/** One page of a journey: its heading, then what the resident does there before Continue. */
type Step = [heading: string, act: () => Promise<void>];

interface Journey {
  definition: FlowDefinition;
  lang: 'en' | 'es';
  steps: Step[];
  /** From check your answers: the Change link, the page it opens, and the new text typed there. */
  change: { link: string; page: string; field: string; text: string };
}

/**
 * Completes a service by keyboard (one step per page, each ending with Continue), changes an
 * answer from check your answers, reloads there, and sends; resolves with the fields POSTed.
 */
async function completeChangeReloadSend({
  definition,
  lang,
  steps,
  change,
}: Journey): Promise<Record<string, string[]>> {
  const words = WORDS[lang];
  const received = await echoFrame();
  const store = tabStorage();
  const mount = () =>
    mountFlow(definition, {
      lang,
      store,
      keepUrl: true,
      attributes: { action: '/__echo-form', target: 'echo' },
    });
  history.replaceState(null, '', location.pathname);
  const flow = await mount();
  for (const [index, [name, act]] of steps.entries()) {
    // The first page is shown on load (no page change, so focus has not moved yet).
    if (index === 0) expect(heading(flow)).to.equal(name);
    else await page(flow, name);
    await act();
    await press(words.continue);
  }
  await page(flow, words.check);
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
      const [applicant, home, vehicle, permit, placard] = words.city;
      const fields = await completeChangeReloadSend({
        definition: parkingPermit,
        lang,
        steps: [
          [
            applicant,
            async () => {
              await fill('fullName', 'Ana Flores');
              await fill('email', 'ana@example.com');
            },
          ],
          [
            home,
            async () => {
              await fillAddress('homeAddress', HOME);
              await choose('ownOrRent', 0);
            },
          ],
          [vehicle, () => fill('plate', '7ABC123')],
          [permit, () => choose('permitType', 0)],
          [placard, () => choose('disabilityPlacard', 1)],
        ],
        change: { link: words.changePlate, page: vehicle, field: 'plate', text: '8XYZ987' },
      });
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
      const [about, home, members, member, work] = words.county;
      const [childcare, bills, declaration] = words.countyEnd;
      const addMember = (index: number, name: string, age: string): Step[] => [
        [members, () => choose('addAnother', 0)],
        [
          member,
          async () => {
            await fill(`members[${index}].memberName`, name);
            await fill(`members[${index}].memberAge`, age);
          },
        ],
      ];
      const fields = await completeChangeReloadSend({
        definition: energyAssistance,
        lang,
        steps: [
          [
            about,
            async () => {
              await fill('applicantName', 'Rosa Díaz');
              await fillDate('dateOfBirth', { month: '3', day: '27', year: '1985' });
            },
          ],
          [
            home,
            async () => {
              await tabTo(named('heating'), 'heating');
              await sendKeys({ press: 'ArrowDown' });
            },
          ],
          ...addMember(0, 'Ana', '34'),
          [work, () => choose('members[0].memberWorks', 1)],
          ...addMember(1, 'Leo', '4'),
          [members, () => choose('addAnother', 1)],
          [childcare, () => fill('childcareCosts', '150')],
          [bills, () => choose('shutoffNotice', 1)],
          [
            declaration,
            async () => {
              await tabTo(named('agree'), 'agree');
              await sendKeys({ press: 'Space' });
            },
          ],
        ],
        change: {
          link: words.changeName,
          page: about,
          field: 'applicantName',
          text: 'Rosa María Díaz',
        },
      });
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
