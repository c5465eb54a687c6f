import type { BodyOf, ResponseOf } from '../../lib/api-types';

/** siteIds: the customer's sites (facilities) this person is related to. */
export type Contact = ResponseOf<'/api/v1/contacts/{id}'>;
export type ContactInput = BodyOf<'/api/v1/contacts', 'post'>;
export type ContactPatch = BodyOf<'/api/v1/contacts/{id}', 'patch'>;
