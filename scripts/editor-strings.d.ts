import type {Plugin} from 'vite';
export function stripEditorStrings(code: string): string;
export function widgetOnlyStrings(): Plugin;
