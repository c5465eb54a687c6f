import { useState } from 'react';
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-client';
import type { ApiError } from './api-client';

type Errors<V> = Partial<Record<keyof V & string, string>>;

interface ValidationDetail {
  path: string;
  message: string;
}

function isValidationDetail(value: unknown): value is ValidationDetail {
  return typeof value === 'object' && value !== null && typeof (value as ValidationDetail).path === 'string' && typeof (value as ValidationDetail).message === 'string';
}

/**
 * The API's validation wording (Ajv, English) in the UI language; wording we do not know is shown as is.
 */
export function translateValidationMessage(message: string, t: TFunction): string {
  let match: RegExpMatchArray | null;
  if (/fewer than 1 characters?/.test(message) || /required property/.test(message)) return t('form.required');
  if ((match = message.match(/must NOT have more than (\d+) characters/))) return t('form.tooLong', { max: Number(match[1]) });
  if ((match = message.match(/must NOT have fewer than (\d+) characters/))) return t('form.tooShort', { min: Number(match[1]) });
  if (/format "email"/.test(message)) return t('form.invalidEmail');
  if (/format "date"/.test(message)) return t('form.invalidDate');
  if (/format "date-time"/.test(message)) return t('form.invalidDateTime');
  if (/format "uuid"/.test(message)) return t('form.invalidReference');
  if ((match = message.match(/must be >= (-?\d+)/))) return t('form.min', { min: Number(match[1]) });
  if ((match = message.match(/must be <= (-?\d+)/))) return t('form.max', { max: Number(match[1]) });
  if (/must be integer/.test(message)) return t('form.integer');
  if (/must match pattern/.test(message)) return t('form.invalidFormat');
  if (/must be equal to one of the allowed values/.test(message)) return t('form.invalidChoice');
  return message;
}

export interface MappedApiError<V> {
  fieldErrors: Errors<V>;
  /** The error when no field could be blamed (409 conflicts, 403, workflow rules…). */
  formError: ApiError | unknown | null;
}

/**
 * Maps an API error onto the form's fields:
 * - 400 validation_failed: `details[].path` `body/<field>` (and `body` + "required property 'x'");
 * - 422 (invalid_reference, invalid_dates…): `details.field`, or the message's "field: …" prefix;
 * - 409 conflicts: onto `conflictField` when the form names one, else the alert.
 * Anything else, or a field the form does not show, goes to the alert above the form.
 */
export function mapApiError<V>(error: unknown, fields: readonly string[], t: TFunction, conflictField?: keyof V & string): MappedApiError<V> {
  const fieldErrors: Errors<V> = {};
  if (!isApiError(error)) return { fieldErrors, formError: error };
  const known = (field: string | undefined): field is keyof V & string => field !== undefined && fields.includes(field);

  if (error.status === 400 && Array.isArray(error.details)) {
    for (const detail of error.details.filter(isValidationDetail)) {
      const segments = detail.path.split('/');
      let field = segments[0] === 'body' ? segments[1] : undefined;
      if (field === undefined) field = detail.message.match(/required property '([^']+)'/)?.[1];
      // A union (e.g. string or null) reports one detail per alternative: the first one says it best.
      if (known(field) && fieldErrors[field] === undefined) fieldErrors[field] = translateValidationMessage(detail.message, t);
    }
    const unmatched = error.details.filter(isValidationDetail).some((detail) => {
      const segments = detail.path.split('/');
      const field = segments[0] === 'body' ? (segments[1] ?? detail.message.match(/required property '([^']+)'/)?.[1]) : undefined;
      return !known(field);
    });
    return { fieldErrors, formError: Object.keys(fieldErrors).length === 0 || unmatched ? error : null };
  }

  if (error.status === 422) {
    const details = error.details as { field?: unknown } | undefined;
    const prefix = error.message.match(/^(\w+): (.*)$/);
    const field = typeof details?.field === 'string' ? details.field : prefix?.[1];
    if (known(field)) {
      const text = prefix && prefix[1] === field ? prefix[2]! : error.message;
      fieldErrors[field] = t(`form.codes.${error.code}`, { defaultValue: text.charAt(0).toUpperCase() + text.slice(1) });
      return { fieldErrors, formError: null };
    }
  }

  if (error.status === 409 && conflictField && known(conflictField)) {
    fieldErrors[conflictField] = t(`errors.${error.code}`, { defaultValue: error.message });
    return { fieldErrors, formError: null };
  }
  return { fieldErrors, formError: error };
}

export interface ApiForm<V> {
  values: V;
  setValue<K extends keyof V & string>(key: K, value: V[K]): void;
  setValues(values: V): void;
  errors: Errors<V>;
  setFieldError(key: keyof V & string, message: string | undefined): void;
  /** The error shown as an alert above the form (see mapApiError). */
  formError: unknown;
  submitting: boolean;
  /** Props for a Mantine text input bound to a string field. */
  text(key: keyof V & string): { value: string; onChange: (event: { currentTarget: { value: string } }) => void; error: string | undefined; name: string };
  /** Runs `submit` with the values; API errors land on the fields or in `formError`. */
  onSubmit(submit: (values: V) => Promise<unknown>): (event?: FormEvent<HTMLFormElement>) => void;
  reset(values?: V): void;
}

/**
 * Form state for back-office forms. Validation is the API's: the form sends what was typed and shows
 * the answer's field messages next to the fields (there is one set of rules, on the server).
 * `validate` may add checks the API cannot make (e.g. "repeat password").
 */
export function useApiForm<V extends Record<string, unknown>>(
  initialValues: V,
  options: { conflictField?: keyof V & string; validate?: (values: V) => Errors<V> } = {},
): ApiForm<V> {
  const { t } = useTranslation();
  const [values, setValuesState] = useState<V>(initialValues);
  const [errors, setErrors] = useState<Errors<V>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const fields = Object.keys(initialValues);

  function setValue<K extends keyof V & string>(key: K, value: V[K]) {
    setValuesState((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (current[key] === undefined) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  return {
    values,
    setValue,
    setValues: setValuesState,
    errors,
    setFieldError: (key, message) => setErrors((current) => ({ ...current, [key]: message })),
    formError,
    submitting,
    text: (key) => ({
      name: key,
      value: (values[key] as string | null | undefined) ?? '',
      onChange: (event) => setValue(key, event.currentTarget.value as V[typeof key]),
      error: errors[key],
    }),
    onSubmit: (submit) => (event) => {
      event?.preventDefault();
      if (submitting) return;
      const local = options.validate?.(values) ?? {};
      setErrors(local);
      setFormError(null);
      if (Object.keys(local).length > 0) return;
      setSubmitting(true);
      submit(values)
        .catch((error: unknown) => {
          const mapped = mapApiError<V>(error, fields, t, options.conflictField);
          setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        })
        .finally(() => setSubmitting(false));
    },
    reset: (next) => {
      setValuesState(next ?? initialValues);
      setErrors({});
      setFormError(null);
    },
  };
}

/** '' → null: optional text fields are cleared, not set to an empty string. */
export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
