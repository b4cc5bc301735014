/**
 * When the controller must answer: one month after the request arrives
 * (GDPR Art. 12(3)), counted as Regulation 1182/71 counts periods: the same
 * date next month, the month's last day if that date does not exist, and the
 * next working day if it falls on a Saturday or Sunday. Public holidays differ
 * by country and are not counted, so the date is never later than the law's.
 */
export function answerDueDate(received: Date): Date {
  const year = received.getFullYear();
  const month = received.getMonth() + 1;
  const lastDay = new Date(year, month + 1, 0).getDate();
  const due = new Date(year, month, Math.min(received.getDate(), lastDay));
  const weekday = due.getDay();
  if (weekday === 6) due.setDate(due.getDate() + 2);
  if (weekday === 0) due.setDate(due.getDate() + 1);
  return due;
}

/** A local calendar date as `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
