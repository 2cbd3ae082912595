/** The exportable views: every view of the registry (lib/views.ts), by the same ids. */
import { VIEW_IDS, type ViewId } from '../views.ts';

export type ExportView = ViewId;

export const EXPORT_VIEWS: readonly ExportView[] = VIEW_IDS;

export type ExportFormat = 'svg' | 'png' | 'csv';
