/** GET /flags item (server: flags.mapping.ts). */
export interface Flag {
  id: string;
  name: string;
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
  name: string;
  color: string;
  customerVisible: boolean;
}

export type FlaggableType = 'order' | 'work_order' | 'project';

export interface FlagInput {
  name: string;
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
