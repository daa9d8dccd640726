/** A CSV field: quoted when it holds a quote, comma or line break (RFC 4180). */
export const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A text from someone else's file, made safe to open in a spreadsheet: a cell starting with
 * = + - @ (or a tab or carriage return) is run as a formula by Excel and WPS (a "CSV injection",
 * e.g. =HYPERLINK(…) in an error report an administrator opens), so it gets a leading
 * apostrophe. Plain numbers such as -35.5 stay as they are.
 */
export const spreadsheetSafeText = (text: string): string =>
  /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
