/** Days as Excel holds them (serials, with a time as the fraction) and as the report writes them ("5 April 2024"). */
import { monthLabel, monthOfSerial, serialOfDate } from '../months';

/** The Excel serial of a moment, in the computer's time zone (as Excel's NOW() gives it). */
export function serialOfMoment(moment: Date): number {
  const day = serialOfDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
  const seconds = moment.getHours() * 3600 + moment.getMinutes() * 60 + moment.getSeconds();
  return day + seconds / 86_400;
}

/** "5 April 2024" for a serial (the time, if any, left out). */
export function dayText(serial: number): string {
  const month = monthOfSerial(serial);
  if (month === undefined) return String(serial);
  const first = serialOfDate(Math.floor(month / 12), (month % 12) + 1, 1);
  return `${Math.floor(serial) - first + 1} ${monthLabel(month)}`;
}

/** "5 April 2024 at 14:05". */
export function momentText(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 1440);
  const hh = String(Math.floor(minutes / 60) % 24).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${dayText(serial)} at ${hh}:${mm}`;
}
