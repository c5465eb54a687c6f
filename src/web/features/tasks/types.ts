/** A checklist item of a work order, project or order (the three share one shape). */
export interface Task {
  id: string;
  title: string;
  done: boolean;
  /** 0-based place in the checklist. */
  position: number;
  createdAt: string;
  updatedAt: string;
}

export interface TaskPatch {
  title?: string;
  done?: boolean;
  position?: number;
}

/** The collections that have `/:id/tasks`. */
export type TaskOwner = 'work-orders' | 'projects' | 'orders';
