import {describe, expect, it} from 'vitest';
import type {CookieService} from '../../src/document/schema.js';
import {cookieNames, findUndeclared, nameMatcher} from '../../src/consent/audit.js';

const services: CookieService[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    category: 'analytics',
    items: [
      {name: '_ga', type: 'cookie', duration: 'P2Y'},
      {name: '_ga_<container-id>', type: 'cookie', duration: 'P2Y'},
    ],
  },
  {
    id: 'site',
    name: 'Site',
    category: 'preferences',
    items: [
      {name: 'theme', type: 'localStorage', duration: 'P1Y'},
      {name: 'draft-*', type: 'sessionStorage', duration: 'session'},
    ],
  },
];

describe('nameMatcher', () => {
  it('matches exact names', () => {
    expect(nameMatcher('_ga')('_ga')).toBe(true);
    expect(nameMatcher('_ga')('_gat')).toBe(false);
    expect(nameMatcher('a.b')('axb')).toBe(false);
  });

  it('understands * and <placeholder>', () => {
    expect(nameMatcher('_ga_*')('_ga_ABC123')).toBe(true);
    expect(nameMatcher('_ga_*')('_ga')).toBe(false);
    expect(nameMatcher('_ga_<container-id>')('_ga_XYZ')).toBe(true);
    expect(nameMatcher('*_session')('laravel_session')).toBe(true);
    expect(nameMatcher('a*b*c')('a-x-b-y-c')).toBe(true);
    expect(nameMatcher('a*b*c')('a-x-c')).toBe(false);
  });
});

describe('findUndeclared', () => {
  it('lists what no service declares and skips what one does', () => {
    const found = findUndeclared(
      [
        {name: '_ga', type: 'cookie'},
        {name: '_ga_K2J4', type: 'cookie'},
        {name: '_fbp', type: 'cookie'},
        {name: 'theme', type: 'localStorage'},
        {name: 'draft-contact', type: 'sessionStorage'},
        {name: 'cart', type: 'localStorage'},
      ],
      services
    );
    expect(found.map((f) => `${f.type}:${f.name}`)).toEqual(['cookie:_fbp', 'localStorage:cart']);
  });

  it('counts the storage type: a cookie is not declared by a localStorage entry', () => {
    const found = findUndeclared([{name: 'theme', type: 'cookie'}], services);
    expect(found).toHaveLength(1);
  });

  it('suggests well-known services and what to add', () => {
    const [gid] = findUndeclared([{name: '_gid', type: 'cookie'}], []);
    expect(gid.likely).toMatchObject({service: 'Google Analytics', category: 'analytics', duration: 'P1D'});
    expect(gid.hint).toContain('"name": "_gid"');
    const [other] = findUndeclared([{name: 'cart', type: 'localStorage'}], []);
    expect(other.likely).toBeUndefined();
    expect(other.hint).toContain('"type": "localStorage"');
  });

  it('names our own consent record as necessary', () => {
    const [own] = findUndeclared([{name: 'privacy-consent-acme-oy', type: 'cookie'}], [], 'acme-oy');
    expect(own.likely?.category).toBe('necessary');
    expect(own.hint).toContain('consent record');
  });
});

describe('cookieNames', () => {
  it('reads names from a document.cookie string', () => {
    expect(cookieNames('a=1; b=2;  _ga_X=GA1.2=3; a=4')).toEqual(['a', 'b', '_ga_X']);
    expect(cookieNames('')).toEqual([]);
  });
});
