/** The lower-case ASCII literals one of which every match of a case-insensitive pattern contains, or null. */
export function necessaryLiterals(source: string, flags: string): string[] | null;
