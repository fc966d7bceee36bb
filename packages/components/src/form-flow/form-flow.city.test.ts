/**
 * The city example service end to end, by keyboard alone: every page's heading takes focus, axe passes
 * on every page (English and Spanish), and the answers reach a server as a native form POST.
 */
import { expect } from '@open-wc/testing';
import { parkingPermit } from '@plaza/flow/examples.js';
import { echoFrame, firstPage, mountFlow, page } from '../../test/support/flow-pages.js';
import { choose, fill, fillAddress, fillDate, press } from '../../test/support/keyboard.js';
import './plaza-form-flow.js';
import './form-flow-definitions.js';

/** The home address, typed part by part into <plaza-address-input>. */
const HOME = { line1: '12 Elm Street', city: 'Springfield', state: 'Illinois', zip: '62701' };

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
    await fillAddress('homeAddress', HOME);
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
