/** The Content-Type an import file goes with, from its name; null for other kinds of file. */
export function importContentType(fileName: string): 'text/csv' | 'application/json' | null {
  const name = fileName.trim().toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.json')) return 'application/json';
  return null;
}

