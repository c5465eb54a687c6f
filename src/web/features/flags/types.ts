import type { BodyOf, ResponseOf } from '../../lib/api-types';
import type { NameTranslations } from '../../lib/localized-name';

export type Flag = ResponseOf<'/api/v1/flags/{id}'>;

/**
 * The short form embedded in orders, projects and work orders; its name is already in the reader's
 * language. A whole Flag may stand in for one (its translations then pick the name).
 */
export type FlagRef = ResponseOf<'/api/v1/orders/{id}'>['flags'][number] & { nameTranslations?: NameTranslations };

export type FlaggableType = BodyOf<'/api/v1/flags/{id}/assignments', 'post'>['resourceType'];
export type FlagInput = BodyOf<'/api/v1/flags', 'post'>;
export type FlagPatch = BodyOf<'/api/v1/flags/{id}', 'patch'>;
export type FlagAssignment = ResponseOf<'/api/v1/flags/{id}/assignments', 'post'>;
