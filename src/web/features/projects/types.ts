import type { FlagRef } from '../flags/types';

export const PROJECT_KINDS = ['design', 'installation'] as const;
export const PROJECT_STATUSES = ['planned', 'active', 'on_hold', 'completed', 'cancelled'] as const;
export const PART_STATUSES = ['planned', 'ordered', 'delivered', 'installed'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type PartStatus = (typeof PART_STATUSES)[number];

/** Server: projects.mapping.ts */
export interface Project {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  name: string;
  description: string | null;
  kind: ProjectKind;
  status: ProjectStatus;
  startDate: string | null;
  dueDate: string | null;
  internalNotes?: string | null;
  /** Share of the project's tasks that are done, 0–100. */
  progress: number;
  flags: FlagRef[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

interface ProjectFields {
  siteId?: string | null;
  name: string;
  description?: string | null;
  kind?: ProjectKind;
  status?: ProjectStatus;
  startDate?: string | null;
  dueDate?: string | null;
  internalNotes?: string | null;
}
export type ProjectInput = ProjectFields & { customerId: string };
export type ProjectPatch = Partial<ProjectFields>;

/** Server: project-items.mapping.ts */
export interface Part {
  id: string;
  partNumber: string | null;
  description: string;
  quantity: number;
  status: PartStatus;
  createdAt: string;
  updatedAt: string;
}
export interface PartInput {
  partNumber?: string | null;
  description: string;
  quantity: number;
  status?: PartStatus;
}
export type PartPatch = Partial<PartInput>;

export interface Report {
  id: string;
  title: string;
  summary: string | null;
  reportDate: string;
  createdAt: string;
}
export interface ReportInput {
  title: string;
  summary?: string | null;
  reportDate?: string;
}

export interface Device {
  id: string;
  name: string;
  category: string | null;
  serialNumber: string | null;
  status: 'active' | 'inactive' | 'in_repair' | 'decommissioned';
  siteId: string | null;
  parentId: string | null;
}
