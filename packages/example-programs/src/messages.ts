/** English and Spanish messages for the example programs. Agencies override any key. */
type Catalog = Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

export const en: Catalog = {
  'example.question.residence': 'Where do you live?',
  'example.hint.residence': 'Your state, and your county if you know it.',
  'example.question.householdMembers': 'Who lives in your household?',
  'example.hint.householdMembers': 'Include yourself and everyone you buy and make food with.',
  'example.question.member.dateOfBirth': 'What is the date of birth of person {number}?',
  'example.question.member.pregnant': 'Is person {number} pregnant?',
  'example.question.member.recentlyGaveBirth':
    'Has person {number} given birth in the last 6 months?',
  'example.question.member.disabled': 'Does person {number} have a disability?',
  'example.question.member.inSchool':
    'Does person {number} go to school, from kindergarten to grade 12?',
  'example.question.dateOfBirth': 'What is your date of birth?',
  'example.question.monthlyIncome':
    'How much money does your household get each month before taxes?',
  'example.hint.monthlyIncome':
    'Include pay from work, benefits, child support and any other income.',
  'example.question.monthlyEarnedIncome': 'How much of that is pay from work?',
  'example.question.shelterCosts':
    'How much does your household pay each month for rent or mortgage and utilities?',
  'example.question.receivesSnap': 'Does anyone in your household get SNAP (food stamps)?',
  'example.question.receivesMedicaid': 'Does anyone in your household get Medicaid?',
  'example.question.receivesSsi':
    'Does anyone in your household get Supplemental Security Income (SSI)?',
  'example.question.receivesTanf': 'Does anyone in your household get TANF (cash assistance)?',
  'example.question.receivesPublicHousing':
    'Does your household live in public housing or get federal housing assistance?',
  'example.question.receivesVeteransPension':
    "Does anyone in your household get a Veterans or Survivors' Pension?",
  'example.question.hasMedicare': 'Do you have Medicare?',
  'example.question.offeredAffordableEmployerCoverage':
    'Does an employer offer you health insurance that costs less than about 10% of your income?',
  'example.question.taxFilingStatus': 'How will you file your federal taxes this year?',

  'example.agency.snap': 'USDA Food and Nutrition Service, through your state',
  'example.agency.medicaid': 'Your state Medicaid agency',
  'example.agency.chip': 'Your state Medicaid and CHIP agency',
  'example.agency.wic': 'USDA Food and Nutrition Service, through your state or tribal WIC agency',
  'example.agency.liheap': 'HHS Administration for Children and Families, through your state',
  'example.agency.lifeline':
    'Federal Communications Commission, through the Universal Service Administrative Company',
  'example.agency.meals': 'USDA Food and Nutrition Service, through your school district',
  'example.agency.ptc':
    'Internal Revenue Service, through HealthCare.gov or your state marketplace',

  'example.program.snap.name': 'SNAP (food assistance)',
  'example.program.snap.description': 'Money each month to buy food.',
  'example.program.medicaidAdult.name': 'Medicaid for adults',
  'example.program.medicaidAdult.description':
    'Free or low-cost health coverage for adults aged 19 to 64.',
  'example.program.chip.name': "Children's health coverage (Medicaid and CHIP)",
  'example.program.chip.description':
    'Free or low-cost health coverage for children under 19. This example has a checked income limit for California only; in other states it cannot tell yet.',
  'example.program.wic.name': 'WIC',
  'example.program.wic.description':
    'Healthy food and support for pregnant women, new mothers, babies and children under 5.',
  'example.program.liheap.name': 'Home energy assistance (LIHEAP)',
  'example.program.liheap.description': 'Help paying heating and cooling bills.',
  'example.program.lifeline.name': 'Lifeline',
  'example.program.lifeline.description': 'A discount on phone or internet service.',
  'example.program.mealsFree.name': 'Free school meals',
  'example.program.mealsFree.description': 'Free breakfast and lunch at school.',
  'example.program.mealsReduced.name': 'Reduced-price school meals',
  'example.program.mealsReduced.description': 'School breakfast and lunch at a reduced price.',
  'example.program.ptc.name': 'Premium tax credit for marketplace health insurance',
  'example.program.ptc.description':
    'Lowers the monthly cost of a health plan from HealthCare.gov or your state marketplace.',

  'example.income.met': {
    one: "Your household's monthly income of {income} is at or below the {limit} limit for {count} person.",
    other:
      "Your household's monthly income of {income} is at or below the {limit} limit for {count} people.",
  },
  'example.income.unmet': {
    one: "Your household's monthly income of {income} is above the {limit} limit for {count} person.",
    other:
      "Your household's monthly income of {income} is above the {limit} limit for {count} people.",
  },
  'example.income.unknown':
    "We need your household's income and size to compare them with the limit.",
  'example.incomeOrBenefits.met':
    'Your household gets a qualifying benefit, or its income is within the limit.',
  'example.snap.gross.met':
    'Your household meets the gross income test, or does not need to because someone is 60 or older or has a disability.',
  'example.snap.net.met': {
    one: "Your household's estimated net income of {net} a month is at or below the {limit} limit for {count} person.",
    other:
      "Your household's estimated net income of {net} a month is at or below the {limit} limit for {count} people.",
  },
  'example.snap.net.unmet': {
    one: "Your household's estimated net income of {net} a month is above the {limit} limit for {count} person.",
    other:
      "Your household's estimated net income of {net} a month is above the {limit} limit for {count} people.",
  },
  'example.snap.net.unknown':
    'We need your income from work and your housing costs to estimate your net income.',
  'example.medicaid.state.met': 'Your state covers adults with low incomes through Medicaid.',
  'example.medicaid.state.unmet':
    'Your state has not expanded Medicaid to adults with low incomes.',
  'example.medicaid.state.unknown': 'Tell us which state you live in.',
  'example.age.adult.met': 'You are {age}, within the ages of 19 to 64.',
  'example.age.adult.unmet': 'You are {age}; this coverage is for people aged 19 to 64.',
  'example.age.unknown': 'We need your date of birth.',
  'example.child19.met': 'Your household has a child under 19.',
  'example.child19.unmet': 'Nobody in your household is under 19.',
  'example.child19.unknown': 'We need the dates of birth of the people in your household.',
  'example.chip.income.met':
    "Your household's income is {percent}% of the poverty guideline, within your state's limit of {limit}%.",
  'example.chip.income.unmet':
    "Your household's income is {percent}% of the poverty guideline, above your state's limit of {limit}%.",
  'example.chip.income.unknown':
    "We need your household's income and size, and this example does not have your state's limit.",
  'example.wic.category.met':
    'Someone in your household is pregnant, recently gave birth, or is under 5.',
  'example.wic.category.unmet':
    'WIC is for people who are pregnant, recently gave birth, or are under 5.',
  'example.wic.category.unknown':
    'We need to know if anyone is pregnant, recently gave birth, or is under 5.',
  'example.student.met': 'Someone in your household goes to school.',
  'example.student.unmet': 'Nobody in your household goes to school.',
  'example.student.unknown': 'We need to know who in your household goes to school.',
  'example.ptc.income.met':
    "Your household's income is {percent}% of the poverty line, within the 100% to {limit}% range.",
  'example.ptc.income.unmet':
    "Your household's income is {percent}% of the poverty line, outside the 100% to {limit}% range.",
  'example.ptc.income.unknown': "We need your household's income and size for the coverage year.",
  'example.ptc.filing.met': 'Your tax filing status allows the credit.',
  'example.ptc.filing.unmet':
    'Married people generally must file a joint return to get the credit, and you must file a return.',
  'example.ptc.filing.unknown': 'We need to know how you will file your taxes.',
  'example.apply.snap': "Find your state's SNAP application",
  'example.apply.medicaid': 'Apply for Medicaid',
  'example.apply.chip': "Find your state's program for children's coverage",
  'example.apply.wic': 'Find your WIC office',
  'example.apply.liheap': "Find your state's energy assistance office",
  'example.apply.lifeline': 'Apply for Lifeline',
  'example.apply.meals': 'Apply through your school district',
  'example.apply.marketplace': 'Apply on HealthCare.gov',
  'example.contact.hungerHotline': 'USDA National Hunger Hotline',
  'example.contact.marketplace': 'HealthCare.gov call center',
  'example.contact.insureKidsNow': 'Insure Kids Now',
  'example.contact.wic': 'Your local WIC office',
  'example.contact.energyReferral': 'National Energy Assistance Referral line',
  'example.contact.lifeline': 'Lifeline Support Center',
  'example.contact.meals': "Your school district's meal office",
  'example.document.id': 'A photo ID, such as a driver license or passport',
  'example.document.income':
    'Proof of income for the last month, such as pay stubs or benefit letters',
  'example.document.householdIncome':
    'The income of everyone in your household, and how often they get it',
  'example.document.housingCosts': 'Your rent or mortgage statement and utility bills',
  'example.document.ssn': 'Social Security numbers of the people applying, if they have one',
  'example.document.ssnLastFour':
    'The last four digits of the Social Security number of the adult signing, if they have one',
  'example.document.immigration':
    'Immigration documents, for anyone applying who is not a US citizen',
  'example.document.address': 'Proof of where you live, such as a lease or a utility bill',
  'example.document.energyBill': 'A recent heating or electricity bill',
  'example.document.benefitLetter':
    'A letter showing you get SNAP, Medicaid, SSI or another qualifying benefit, if you do',
  'example.document.caseNumber': 'Your SNAP or TANF case number, if you have one',
  'example.document.taxReturn': 'Your latest federal tax return, if you filed one',
  'example.document.employerCoverage': 'Information about any health insurance your job offers',
};

export const es: Catalog = {
  'example.question.residence': '¿Dónde vive?',
  'example.hint.residence': 'Su estado, y su condado si lo sabe.',
  'example.question.householdMembers': '¿Quiénes viven en su hogar?',
  'example.hint.householdMembers':
    'Inclúyase a usted y a todas las personas con quienes compra y prepara comida.',
  'example.question.member.dateOfBirth': '¿Cuál es la fecha de nacimiento de la persona {number}?',
  'example.question.member.pregnant': '¿Está embarazada la persona {number}?',
  'example.question.member.recentlyGaveBirth':
    '¿Ha dado a luz la persona {number} en los últimos 6 meses?',
  'example.question.member.disabled': '¿Tiene alguna discapacidad la persona {number}?',
  'example.question.member.inSchool':
    '¿Va a la escuela la persona {number}, de kínder a 12.º grado?',
  'example.question.dateOfBirth': '¿Cuál es su fecha de nacimiento?',
  'example.question.monthlyIncome': '¿Cuánto dinero recibe su hogar cada mes antes de impuestos?',
  'example.hint.monthlyIncome':
    'Incluya el pago del trabajo, beneficios, manutención de menores y cualquier otro ingreso.',
  'example.question.monthlyEarnedIncome': '¿Cuánto de eso es pago del trabajo?',
  'example.question.shelterCosts':
    '¿Cuánto paga su hogar cada mes de alquiler o hipoteca y servicios públicos?',
  'example.question.receivesSnap': '¿Alguien en su hogar recibe SNAP (cupones de alimentos)?',
  'example.question.receivesMedicaid': '¿Alguien en su hogar recibe Medicaid?',
  'example.question.receivesSsi':
    '¿Alguien en su hogar recibe Seguridad de Ingreso Suplementario (SSI)?',
  'example.question.receivesTanf': '¿Alguien en su hogar recibe TANF (asistencia en efectivo)?',
  'example.question.receivesPublicHousing':
    '¿Vive su hogar en vivienda pública o recibe asistencia federal para la vivienda?',
  'example.question.receivesVeteransPension':
    '¿Alguien en su hogar recibe una pensión de veteranos o de sobrevivientes?',
  'example.question.hasMedicare': '¿Tiene Medicare?',
  'example.question.offeredAffordableEmployerCoverage':
    '¿Le ofrece un empleador un seguro médico que cuesta menos de un 10 % de sus ingresos, aproximadamente?',
  'example.question.taxFilingStatus':
    '¿Cómo presentará su declaración de impuestos federales este año?',

  'example.agency.snap': 'Servicio de Alimentos y Nutrición del USDA, por medio de su estado',
  'example.agency.medicaid': 'La agencia de Medicaid de su estado',
  'example.agency.chip': 'La agencia de Medicaid y CHIP de su estado',
  'example.agency.wic':
    'Servicio de Alimentos y Nutrición del USDA, por medio de la agencia de WIC de su estado o tribu',
  'example.agency.liheap': 'Administración para Niños y Familias del HHS, por medio de su estado',
  'example.agency.lifeline':
    'Comisión Federal de Comunicaciones, por medio de la Universal Service Administrative Company',
  'example.agency.meals':
    'Servicio de Alimentos y Nutrición del USDA, por medio de su distrito escolar',
  'example.agency.ptc':
    'Servicio de Impuestos Internos (IRS), por medio de HealthCare.gov o del mercado de su estado',

  'example.program.snap.name': 'SNAP (asistencia para alimentos)',
  'example.program.snap.description': 'Dinero cada mes para comprar alimentos.',
  'example.program.medicaidAdult.name': 'Medicaid para adultos',
  'example.program.medicaidAdult.description':
    'Cobertura médica gratuita o de bajo costo para adultos de 19 a 64 años.',
  'example.program.chip.name': 'Cobertura médica para niños (Medicaid y CHIP)',
  'example.program.chip.description':
    'Cobertura médica gratuita o de bajo costo para menores de 19 años. Este ejemplo tiene un límite de ingresos verificado solo para California; en otros estados todavía no puede decirlo.',
  'example.program.wic.name': 'WIC',
  'example.program.wic.description':
    'Alimentos saludables y apoyo para mujeres embarazadas, madres recientes, bebés y niños menores de 5 años.',
  'example.program.liheap.name': 'Asistencia de energía para el hogar (LIHEAP)',
  'example.program.liheap.description':
    'Ayuda para pagar las facturas de calefacción y aire acondicionado.',
  'example.program.lifeline.name': 'Lifeline',
  'example.program.lifeline.description': 'Un descuento en el servicio de teléfono o internet.',
  'example.program.mealsFree.name': 'Comidas escolares gratuitas',
  'example.program.mealsFree.description': 'Desayuno y almuerzo gratis en la escuela.',
  'example.program.mealsReduced.name': 'Comidas escolares a precio reducido',
  'example.program.mealsReduced.description': 'Desayuno y almuerzo escolar a precio reducido.',
  'example.program.ptc.name': 'Crédito tributario para primas de seguro médico del mercado',
  'example.program.ptc.description':
    'Reduce el costo mensual de un plan médico de HealthCare.gov o del mercado de su estado.',

  'example.income.met': {
    one: 'Los ingresos mensuales de su hogar, {income}, están dentro del límite de {limit} para {count} persona.',
    other:
      'Los ingresos mensuales de su hogar, {income}, están dentro del límite de {limit} para {count} personas.',
  },
  'example.income.unmet': {
    one: 'Los ingresos mensuales de su hogar, {income}, superan el límite de {limit} para {count} persona.',
    other:
      'Los ingresos mensuales de su hogar, {income}, superan el límite de {limit} para {count} personas.',
  },
  'example.income.unknown':
    'Necesitamos los ingresos y el tamaño de su hogar para compararlos con el límite.',
  'example.incomeOrBenefits.met':
    'Su hogar recibe un beneficio que le permite calificar, o sus ingresos están dentro del límite.',
  'example.snap.gross.met':
    'Su hogar cumple la prueba de ingresos brutos, o no la necesita porque alguien tiene 60 años o más o tiene una discapacidad.',
  'example.snap.net.met': {
    one: 'Los ingresos netos estimados de su hogar, {net} al mes, están dentro del límite de {limit} para {count} persona.',
    other:
      'Los ingresos netos estimados de su hogar, {net} al mes, están dentro del límite de {limit} para {count} personas.',
  },
  'example.snap.net.unmet': {
    one: 'Los ingresos netos estimados de su hogar, {net} al mes, superan el límite de {limit} para {count} persona.',
    other:
      'Los ingresos netos estimados de su hogar, {net} al mes, superan el límite de {limit} para {count} personas.',
  },
  'example.snap.net.unknown':
    'Necesitamos sus ingresos del trabajo y sus gastos de vivienda para calcular sus ingresos netos.',
  'example.medicaid.state.met':
    'Su estado cubre a los adultos de bajos ingresos por medio de Medicaid.',
  'example.medicaid.state.unmet':
    'Su estado no ha ampliado Medicaid a los adultos de bajos ingresos.',
  'example.medicaid.state.unknown': 'Díganos en qué estado vive.',
  'example.age.adult.met': 'Usted tiene {age} años, dentro de las edades de 19 a 64.',
  'example.age.adult.unmet':
    'Usted tiene {age} años; esta cobertura es para personas de 19 a 64 años.',
  'example.age.unknown': 'Necesitamos su fecha de nacimiento.',
  'example.child19.met': 'En su hogar hay un menor de 19 años.',
  'example.child19.unmet': 'Nadie en su hogar es menor de 19 años.',
  'example.child19.unknown': 'Necesitamos las fechas de nacimiento de las personas de su hogar.',
  'example.chip.income.met':
    'Los ingresos de su hogar son el {percent} % de la guía de pobreza, dentro del límite de su estado de {limit} %.',
  'example.chip.income.unmet':
    'Los ingresos de su hogar son el {percent} % de la guía de pobreza, por encima del límite de su estado de {limit} %.',
  'example.chip.income.unknown':
    'Necesitamos los ingresos y el tamaño de su hogar, y este ejemplo no tiene el límite de su estado.',
  'example.wic.category.met':
    'Alguien en su hogar está embarazada, dio a luz recientemente o es menor de 5 años.',
  'example.wic.category.unmet':
    'WIC es para personas embarazadas, que dieron a luz recientemente o menores de 5 años.',
  'example.wic.category.unknown':
    'Necesitamos saber si alguien está embarazada, dio a luz recientemente o es menor de 5 años.',
  'example.student.met': 'Alguien en su hogar va a la escuela.',
  'example.student.unmet': 'Nadie en su hogar va a la escuela.',
  'example.student.unknown': 'Necesitamos saber quién en su hogar va a la escuela.',
  'example.ptc.income.met':
    'Los ingresos de su hogar son el {percent} % de la línea de pobreza, dentro del rango de 100 % a {limit} %.',
  'example.ptc.income.unmet':
    'Los ingresos de su hogar son el {percent} % de la línea de pobreza, fuera del rango de 100 % a {limit} %.',
  'example.ptc.income.unknown':
    'Necesitamos los ingresos y el tamaño de su hogar para el año de cobertura.',
  'example.ptc.filing.met': 'Su forma de declarar impuestos permite recibir el crédito.',
  'example.ptc.filing.unmet':
    'Por lo general, las personas casadas deben presentar una declaración conjunta para recibir el crédito, y usted debe presentar una declaración.',
  'example.ptc.filing.unknown': 'Necesitamos saber cómo presentará su declaración de impuestos.',
  'example.apply.snap': 'Encuentre la solicitud de SNAP de su estado',
  'example.apply.medicaid': 'Solicite Medicaid',
  'example.apply.chip': 'Encuentre el programa de cobertura para niños de su estado',
  'example.apply.wic': 'Encuentre su oficina de WIC',
  'example.apply.liheap': 'Encuentre la oficina de asistencia de energía de su estado',
  'example.apply.lifeline': 'Solicite Lifeline',
  'example.apply.meals': 'Presente la solicitud por medio de su distrito escolar',
  'example.apply.marketplace': 'Presente la solicitud en CuidadoDeSalud.gov',
  'example.contact.hungerHotline': 'Línea Nacional contra el Hambre del USDA',
  'example.contact.marketplace': 'Centro de llamadas de CuidadoDeSalud.gov',
  'example.contact.insureKidsNow': 'Insure Kids Now',
  'example.contact.wic': 'Su oficina local de WIC',
  'example.contact.energyReferral': 'Línea nacional de referencias para asistencia de energía',
  'example.contact.lifeline': 'Centro de Apoyo de Lifeline',
  'example.contact.meals': 'La oficina de comidas de su distrito escolar',
  'example.document.id':
    'Una identificación con foto, como una licencia de conducir o un pasaporte',
  'example.document.income':
    'Comprobantes de ingresos del último mes, como talones de pago o cartas de beneficios',
  'example.document.householdIncome':
    'Los ingresos de todas las personas de su hogar y con qué frecuencia los reciben',
  'example.document.housingCosts':
    'Su estado de cuenta de alquiler o hipoteca y sus facturas de servicios',
  'example.document.ssn':
    'Los números de Seguro Social de las personas que solicitan, si tienen uno',
  'example.document.ssnLastFour':
    'Los últimos cuatro dígitos del número de Seguro Social del adulto que firma, si tiene uno',
  'example.document.immigration':
    'Documentos de inmigración, para quien solicite y no sea ciudadano de los EE. UU.',
  'example.document.address':
    'Un comprobante de dónde vive, como un contrato de alquiler o una factura de servicios',
  'example.document.energyBill': 'Una factura reciente de calefacción o electricidad',
  'example.document.benefitLetter':
    'Una carta que muestre que recibe SNAP, Medicaid, SSI u otro beneficio que califique, si lo recibe',
  'example.document.caseNumber': 'Su número de caso de SNAP o TANF, si tiene uno',
  'example.document.taxReturn': 'Su última declaración de impuestos federales, si presentó una',
  'example.document.employerCoverage':
    'Información sobre cualquier seguro médico que ofrezca su trabajo',
};
