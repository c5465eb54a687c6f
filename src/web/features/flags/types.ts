import type { NameTranslations } from '../../lib/localized-name';

/** GET /flags item (server: flags.mapping.ts). */
export interface Flag {
  id: string;
  name: string;
  nameTranslations: NameTranslations;
  /** #rrggbb */
  color: string;
  customerVisible: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** The short form embedded in orders, projects and work orders. */
export interface FlagRef {
  id: string;
  /** Already in the reader's language when embedded in a record. */
  name: string;
  nameTranslations?: NameTranslations;
  color: string;
  customerVisible: boolean;
}

export type FlaggableType = 'order' | 'work_order' | 'project';

export interface FlagInput {
  name: string;
  nameTranslations?: NameTranslations;
  color: string;
  customerVisible?: boolean;
}
export type FlagPatch = Partial<FlagInput>;

export interface FlagAssignment {
  flagId: string;
  resourceType: FlaggableType;
  resourceId: string;
  createdAt: string;
}
