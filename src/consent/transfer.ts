/** Whether a country is inside the EU/EEA, for transfers of personal data. */

/** The 27 EU member states and Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** Inside the EU/EEA: a transfer there needs no safeguards. */
export const isInEea = (country: string): boolean => EEA_COUNTRIES.has(country.toUpperCase());
