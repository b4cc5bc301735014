/**
 * What the person types, its checks, and the payload made from it. Pure: the
 * view turns error codes into words.
 */
import {lastUpdated, type NoticeDocument} from '../document/schema.js';
import {MESSAGE_REQUIRED, REQUEST_TYPES, type RequestType} from './request-types.js';
import {EMAIL_PATTERN, PHONE_PATTERN} from '../document/patterns.js';
import {FIELD_LIMITS, REQUESTER_ROLES, REQUEST_SCHEMA_VERSION, type RequestPayload, type RequesterRole} from './request-schema.js';

export interface RequestFields {
  type: RequestType | '';
  message: string;
  name: string;
  email: string;
  phone: string;
  customerNumber: string;
  requesterRole: RequesterRole | '';
}

export type FieldName = keyof RequestFields;

/** The fields in the order the form shows them (and the error summary lists them). */
export const FIELD_ORDER: readonly FieldName[] = ['type', 'message', 'name', 'email', 'phone', 'customerNumber', 'requesterRole'];

export type FieldErrorCode = 'required' | 'email' | 'phone' | 'too-long';

export interface FieldError {
  field: FieldName;
  code: FieldErrorCode;
  /** The limit, for `too-long`. */
  max?: number;
}

export const emptyFields = (): RequestFields => ({
  type: '',
  message: '',
  name: '',
  email: '',
  phone: '',
  customerNumber: '',
  requesterRole: '',
});

/** Fields from anything (a stored draft): unknown keys and wrong types are dropped. */
export function fieldsFrom(value: unknown): RequestFields {
  const fields = emptyFields();
  if (typeof value !== 'object' || value === null) return fields;
  const source = value as Record<string, unknown>;
  for (const key of FIELD_ORDER) {
    const entry = source[key];
    if (typeof entry === 'string') (fields as unknown as Record<string, string>)[key] = entry;
  }
  if (!(REQUEST_TYPES as readonly string[]).includes(fields.type)) fields.type = '';
  if (!(REQUESTER_ROLES as readonly string[]).includes(fields.requesterRole)) fields.requesterRole = '';
  return fields;
}

/** Whether the chosen request type needs a message. */
export const messageRequired = (fields: RequestFields): boolean => fields.type !== '' && MESSAGE_REQUIRED.has(fields.type);

/** The first thing wrong with one field, if any. */
export function validateField(fields: RequestFields, field: FieldName): FieldError | undefined {
  const value = fields[field].trim();
  const required =
    field === 'type' ||
    field === 'name' ||
    field === 'email' ||
    field === 'requesterRole' ||
    (field === 'message' && messageRequired(fields));
  if (!value) return required ? {field, code: 'required'} : undefined;
  const max = (FIELD_LIMITS as Record<string, number>)[field];
  if (max !== undefined && value.length > max) return {field, code: 'too-long', max};
  if (field === 'email' && !EMAIL_PATTERN.test(value)) return {field, code: 'email'};
  if (field === 'phone' && !PHONE_PATTERN.test(value)) return {field, code: 'phone'};
  return undefined;
}

/** Everything wrong, in the order the form shows the fields. */
export const validateFields = (fields: RequestFields): FieldError[] =>
  FIELD_ORDER.map((field) => validateField(fields, field)).filter((error): error is FieldError => error !== undefined);

export interface PayloadContext {
  notice: Pick<NoticeDocument, 'id' | 'version' | 'updated' | 'changes'>;
  /** The document language the person read the notice in. */
  language: string;
  pageUrl: string;
  requestId: string;
  createdAt: Date;
}

/** The request body for valid fields (trimmed; empty optional fields left out). */
export function buildPayload(fields: RequestFields, context: PayloadContext): RequestPayload {
  const optional = (value: string) => value.trim() || undefined;
  const payload: RequestPayload = {
    schemaVersion: REQUEST_SCHEMA_VERSION,
    requestId: context.requestId,
    noticeId: context.notice.id,
    noticeVersion: context.notice.version,
    noticeUpdated: lastUpdated(context.notice),
    type: fields.type as RequestType,
    requesterRole: fields.requesterRole as RequesterRole,
    name: fields.name.trim(),
    email: fields.email.trim(),
    phone: optional(fields.phone),
    customerNumber: optional(fields.customerNumber),
    message: optional(fields.message),
    language: context.language,
    pageUrl: context.pageUrl,
    createdAt: context.createdAt.toISOString(),
  };
  for (const key of Object.keys(payload) as (keyof RequestPayload)[]) {
    if (payload[key] === undefined) delete payload[key];
  }
  return payload;
}

/** Identifies the content of a request, to tell a retry from an edited request. */
export const fingerprint = (fields: RequestFields): string => JSON.stringify(FIELD_ORDER.map((field) => fields[field].trim()));
