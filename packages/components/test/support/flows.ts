/**
 * Small service definitions for `<plaza-form-flow>` tests: a residential parking permit with one
 * page of each control kind the element renders, and Spanish messages.
 */
import type { FlowDefinition } from '@plaza/flow';

export const parkingPermit: FlowDefinition = {
  id: 'parking-permit-test',
  version: '1',
  name: 'permit.name',
  pages: [
    {
      id: 'name',
      heading: 'permit.name.heading',
      questions: [
        {
          id: 'fullName',
          control: 'text',
          label: 'permit.fullName',
          autocomplete: 'name',
          validation: { required: true },
          errors: { required: 'permit.fullName.required' },
        },
      ],
    },
    {
      id: 'vehicle',
      heading: 'permit.vehicle.heading',
      guidance: 'permit.vehicle.guidance',
      questions: [
        {
          id: 'plate',
          control: 'text',
          label: 'permit.plate',
          validation: { required: true, maxLength: 8 },
        },
        {
          id: 'vehicleType',
          control: 'radios',
          label: 'permit.vehicleType',
          validation: { required: true },
          options: [
            { value: 'car', label: 'permit.car' },
            { value: 'motorcycle', label: 'permit.motorcycle' },
          ],
        },
      ],
    },
    {
      id: 'start',
      heading: 'permit.start.heading',
      questions: [
        {
          id: 'startDate',
          control: 'date',
          label: 'permit.startDate',
          validation: { required: true },
        },
      ],
    },
  ],
  confirmation: { heading: 'permit.done', body: 'permit.done.body' },
  messages: {
    en: {
      'permit.name': 'Apply for a residential parking permit',
      'permit.name.heading': 'What is your name?',
      'permit.fullName': 'Full name',
      'permit.fullName.required': 'Enter your full name',
      'permit.vehicle.heading': 'Your vehicle',
      'permit.vehicle.guidance': 'You can add one vehicle to each permit.',
      'permit.plate': 'License plate',
      'permit.vehicleType': 'What kind of vehicle is it?',
      'permit.car': 'Car',
      'permit.motorcycle': 'Motorcycle',
      'permit.start.heading': 'When do you want the permit to start?',
      'permit.startDate': 'Start date',
      'permit.done': 'Application sent',
      'permit.done.body': 'We will mail your permit within 10 days.',
    },
    es: {
      'permit.name': 'Solicitar un permiso de estacionamiento residencial',
      'permit.name.heading': '¿Cuál es su nombre?',
      'permit.fullName': 'Nombre completo',
      'permit.fullName.required': 'Escriba su nombre completo',
      'permit.vehicle.heading': 'Su vehículo',
      'permit.vehicle.guidance': 'Puede agregar un vehículo a cada permiso.',
      'permit.plate': 'Placa',
      'permit.vehicleType': '¿Qué tipo de vehículo es?',
      'permit.car': 'Automóvil',
      'permit.motorcycle': 'Motocicleta',
      'permit.start.heading': '¿Cuándo quiere que empiece el permiso?',
      'permit.startDate': 'Fecha de inicio',
      'permit.done': 'Solicitud enviada',
      'permit.done.body': 'Le enviaremos su permiso por correo en 10 días.',
    },
  },
};
