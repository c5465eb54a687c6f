import type { BodyOf, ResponseOf } from '../../lib/api-types';
import type { NameTranslations } from '../../lib/localized-name';

export type Flag = ResponseOf<'/flags/{id}'>;

/**
 * The short form embedded in orders, projects and work orders; its name is already in the reader's
 * language. A whole Flag may stand in for one (its translations then pick the name).
 */
export type FlagRef = ResponseOf<'/orders/{id}'>['flags'][number] & { nameTranslations?: NameTranslations };

export type FlaggableType = BodyOf<'/flags/{id}/assignments', 'post'>['resourceType'];
export type FlagInput = BodyOf<'/flags', 'post'>;
export type FlagPatch = BodyOf<'/flags/{id}', 'patch'>;
export type FlagAssignment = ResponseOf<'/flags/{id}/assignments', 'post'>;
