/** The templates a notice can start from, written for this project. */
import type {NoticeDocument} from '../../document/schema.js';
import {memberRegister} from './association.js';
import {customerRegister} from './customer.js';
import {webShop} from './webshop.js';

export type TemplateId = 'customer-register' | 'member-register' | 'web-shop';

export const TEMPLATES: Record<TemplateId, () => NoticeDocument> = {
  'customer-register': customerRegister,
  'member-register': memberRegister,
  'web-shop': webShop,
};
