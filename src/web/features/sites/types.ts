import { everyOf, type BodyOf, type ResponseOf } from '../../lib/api-types';

export type Site = ResponseOf<'/sites/{id}'>;
export type SiteInput = BodyOf<'/sites', 'post'>;
/** No customerId: a site never changes customer. */
export type SitePatch = BodyOf<'/sites/{id}', 'patch'>;

export type SiteKind = Site['kind'];
export const SITE_KINDS = everyOf<SiteKind>()(['facility', 'address', 'branch', 'plant', 'building', 'other']);
