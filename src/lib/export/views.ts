/** The three exportable views: the same ids as the figures and the presentation's steps. */
import type { Step } from '../story/types.ts';

export type ExportView = Step['view'];

export const EXPORT_VIEWS: readonly ExportView[] = ['timeline', 'stances', 'reactions'];

export type ExportFormat = 'svg' | 'png' | 'csv';
