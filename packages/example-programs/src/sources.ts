/** Sources the example facts, parameters and programs cite more than once. */
export const ECFR = 'https://www.ecfr.gov/current';
export const FNS_COLA = {
  title: 'USDA FNS, SNAP Cost-of-Living Adjustment (COLA) Information, FY 2026',
  url: 'https://www.fns.usda.gov/snap/allotment/cola',
};
