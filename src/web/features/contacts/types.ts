import type { BodyOf, ResponseOf } from '../../lib/api-types';

/** siteIds: the customer's sites (facilities) this person is related to. */
export type Contact = ResponseOf<'/contacts/{id}'>;
export type ContactInput = BodyOf<'/contacts', 'post'>;
export type ContactPatch = BodyOf<'/contacts/{id}', 'patch'>;
