/**
 * Which requests the form offers: the rights the notice lists, plus a general
 * question. Pure: no DOM, no text (the view names them).
 */
import {RIGHT_TYPES, type NoticeDocument, type RightType} from '../document/schema.js';

/**
 * Every request the form can send (the payload's `type`): the rights of the
 * notice format, less a complaint (that goes to the supervisory authority),
 * plus a general question.
 */
export type RequestType = Exclude<RightType, 'complaint'> | 'other';

export const REQUEST_TYPES: readonly RequestType[] = [
  ...RIGHT_TYPES.filter((type): type is Exclude<RightType, 'complaint'> => type !== 'complaint'),
  'other',
];

/**
 * Requests that cannot be handled without words from the person: what is
 * wrong (rectification), on which ground (restriction, Art. 18(1)), the
 * particular situation (objection, Art. 21(1)), or the question itself.
 */
export const MESSAGE_REQUIRED: ReadonlySet<RequestType> = new Set(['rectification', 'restriction', 'objection', 'other']);

/** Rights every controller must honour, offered when a notice lists none. */
const DEFAULT_RIGHTS: readonly RequestType[] = ['access', 'rectification', 'erasure', 'restriction', 'objection'];

const isRequestType = (type: RightType): type is RightType & RequestType => (REQUEST_TYPES as readonly string[]).includes(type);

/**
 * The request types for a notice, in the notice's order. A complaint goes to
 * the supervisory authority, not the controller, so it is not offered; nor is
 * a right the notice says it does not grant (`offered: false`), even when the
 * notice lists no other right and the defaults apply.
 */
export function requestTypesFor(notice: Pick<NoticeDocument, 'rights'>): RequestType[] {
  const rights = notice.rights ?? [];
  const refused = new Set<string>(rights.filter((right) => right.offered === false).map((right) => right.type));
  const listed = rights
    .map((right) => right.type)
    .filter((type) => !refused.has(type))
    .filter(isRequestType);
  const types = listed.length ? [...new Set(listed)] : DEFAULT_RIGHTS.filter((type) => !refused.has(type));
  return [...types, 'other'];
}
