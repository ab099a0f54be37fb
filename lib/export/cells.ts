// Cells of exported spreadsheets and CSV files, shared by every export (plans, participants).

/**
 * Text a spreadsheet could take for a formula (=, +, -, @, or a tab/CR that hides one) gets a
 * leading apostrophe, so "=HYPERLINK(...)" stays words even if the file is re-saved as CSV.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV record (RFC 4180): every text cell neutralised, quoted when it holds a separator, quote or line break. */
export function csvRecord(cells: readonly (string | number)[], separator = ";"): string {
  return cells
    .map((cell) => {
      if (typeof cell === "number") return String(cell);
      const text = neutralise(cell);
      return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(separator);
}
