import { formatLongDate } from './dates.ts';

/** "Facts checked to 29 November 2026": the line the credits, the table and the CSVs carry. */
export function checkedLine(checked: string): string {
  return `Facts checked to ${formatLongDate(checked)}`;
}
