/**
 * The city example service end to end, by keyboard alone: every page's heading takes focus, axe passes
 * on every page (English and Spanish), and the answers reach a server as a native form POST.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parkingPermit } from '@plaza/flow/examples.js';
import { expectPage, heading, mountFlow } from '../../test/support/flow-pages.js';
import { choose, fill, fillDate, named, press, tabTo, withText } from '../../test/support/keyboard.js';
import { mount } from '../../test/support/mount.js';
import './plaza-form-flow.js';
import type { PlazaFormFlow } from './form-flow.js';

/** The first page (no page change yet, so focus stays where the resident left it) passes axe. */
async function firstPage(flow: PlazaFormFlow, name: string) {
  expect(heading(flow)).to.equal(name);
  await expect(flow).to.be.accessible();
}

/** The page is shown with focus on its heading, and passes axe. */
async function page(flow: PlazaFormFlow, name: string) {
  await expectPage(flow, name);
  await expect(flow).to.be.accessible();
}

/** A frame the application is POSTed into; resolves with the fields the server received. */
async function echoFrame(): Promise<() => Promise<Record<string, string[]>>> {
  const frame = await mount<HTMLIFrameElement>(html`<iframe name="echo" title="Server reply"></iframe>`);
  return async () => {
    await waitUntil(
      () => frame.contentDocument?.body?.textContent?.startsWith('{'),
      'the server received the form',
      { timeout: 10_000 },
    );
    return JSON.parse(frame.contentDocument!.body.textContent!) as Record<string, string[]>;
  };
}

describe('<plaza-form-flow> city example service', function () {
  // A whole application typed key by key, with axe on every page, takes longer than one check.
  this.timeout(90_000);

  it('parking permit in Spanish, by keyboard, axe on every page, POSTed natively', async () => {
    const received = await echoFrame();
    const flow = await mountFlow(parkingPermit, {
      lang: 'es',
      attributes: { action: '/__echo-form', target: 'echo' },
    });
    await firstPage(flow, 'Su nombre y correo electrónico');
    await fill('fullName', 'Ana Flores');
    await fill('email', 'ana@example.com');
    await press('Continuar');
    await page(flow, 'Su vivienda');
    await fill('homeAddress', '12 Elm Street');
    await choose('ownOrRent', 1);
    await press('Continuar');
    await page(flow, 'Su contrato de alquiler');
    await fillDate('leaseEnds', { month: '8', day: '31', year: '2099' });
    await press('Continuar');
    await page(flow, 'Su vehículo');
    await fill('plate', '7ABC123');
    await press('Continuar');
    await page(flow, 'Tipo de permiso');
    await choose('permitType', 1);
    await press('Continuar');
    await page(flow, 'Permiso de visitante');
    await fill('visitorDays', '14');
    await press('Continuar');
    await page(flow, 'Estacionamiento para personas con discapacidad');
    await choose('disabilityPlacard', 1);
    await press('Continuar');
    await page(flow, 'Revise sus respuestas antes de enviar su solicitud');
    await press('Aceptar y enviar');
    const fields = await received();
    expect(fields).to.deep.include({
      fullName: ['Ana Flores'],
      ownOrRent: ['rent'],
      leaseEnds: ['2099-08-31'],
      permitType: ['visitor'],
      visitorDays: ['14'],
      disabilityPlacard: ['no'],
    });
    await page(flow, 'Solicitud enviada');
  });
});
