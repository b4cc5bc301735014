/** The analytics and marketing services a notice names, as cookie services without their cookies. */
import type {CookieCategory, NoticeDocument} from '../document/schema.js';
import {slugify, type SourceLine} from './blocks.js';
import type {Facts} from './facts.js';
import {urlsIn} from './patterns.js';

const SERVICES: {name: string; pattern: RegExp; category: CookieCategory; policyHost?: RegExp; onSiteOnlyIf?: boolean}[] = [
  {name: 'Google Analytics', pattern: /google analytics|\bGA4\b/i, category: 'analytics', policyHost: /google\./i},
  {name: 'Google Tag Manager', pattern: /google tag manager/i, category: 'analytics', policyHost: /google\./i},
  {name: 'Google Ads', pattern: /google ads|adwords|doubleclick/i, category: 'marketing', policyHost: /google\./i},
  {name: 'Matomo', pattern: /\bmatomo\b|\bpiwik\b/i, category: 'analytics', policyHost: /matomo\./i},
  {name: 'Hotjar', pattern: /\bhotjar\b/i, category: 'analytics', policyHost: /hotjar\./i},
  {name: 'Microsoft Clarity', pattern: /microsoft clarity|\bclarity\b/i, category: 'analytics', policyHost: /microsoft\./i},
  {name: 'Plausible', pattern: /\bplausible analytics\b|\bplausible\.io\b/i, category: 'analytics'},
  {name: 'Siteimprove', pattern: /\bsiteimprove\b/i, category: 'analytics'},
  {name: 'Leadfeeder', pattern: /\bleadfeeder\b/i, category: 'marketing'},
  {
    name: 'Meta Pixel',
    pattern: /meta pixel|facebook pixel|facebook-pikseli|facebook-pixel|facebookin pikseli/i,
    category: 'marketing',
    policyHost: /facebook\.|meta\./i,
  },
  {name: 'LinkedIn Insight Tag', pattern: /linkedin insight/i, category: 'marketing', policyHost: /linkedin\./i},
  {name: 'TikTok Pixel', pattern: /tiktok pixel/i, category: 'marketing'},
  // Email and CRM services: on the site only where the text says so (cookies,
  // a pixel, tracking); named as a recipient they are not a cookie service.
  {name: 'MailChimp', pattern: /\bmailchimp\b/i, category: 'marketing', policyHost: /mailchimp\.|intuit\./i, onSiteOnlyIf: true},
  {name: 'HubSpot', pattern: /\bhubspot\b/i, category: 'marketing', policyHost: /hubspot\./i, onSiteOnlyIf: true},
];

/** Words that put a service on the website itself: cookies, pixels, tracking. */
const ON_SITE = /evä?ste|cookie|kaka|kakor|pikseli|pixel|seuranta|seuraa? käyt|tracking|spårning|analytiik|analytics|webbanalys/i;

export function findServices(
  lines: SourceLine[],
  fact: (path: string, value: string, at: SourceLine) => void,
  notes: string[]
): Facts['cookies'] {
  const services: NonNullable<NoticeDocument['cookies']>['services'] = [];
  for (const service of SERVICES) {
    const at = lines.find((l) => service.pattern.test(l.text));
    if (!at) continue;
    if (service.onSiteOnlyIf && !ON_SITE.test(at.text)) {
      notes.push(
        `Line ${at.line} names ${service.name}, but not as something on your website: if it sets cookies or a pixel there, add it under cookies.`
      );
      continue;
    }
    const i = services.length;
    const entry: (typeof services)[number] = {id: slugify(service.name), name: service.name, category: service.category, items: []};
    fact(`cookies.services[${i}].name`, service.name, at);
    const policy = service.policyHost && urlsIn(at.text).find((u) => service.policyHost!.test(u));
    if (policy) {
      entry.privacyPolicy = policy;
      fact(`cookies.services[${i}].privacyPolicy`, policy, at);
    }
    services.push(entry);
  }
  return services.length ? {services} : undefined;
}
