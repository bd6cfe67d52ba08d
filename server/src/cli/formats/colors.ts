import type { Colors } from 'picocolors/types';

/** The colours the human report uses. */
export type Palette = Pick<Colors, 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'blue' | 'green'>;

// What picocolors' createColors(false) gives: String for each colour, so text comes out unchanged.
const PLAIN: Palette = { bold: String, dim: String, underline: String, red: String, yellow: String, blue: String, green: String };

/**
 * The palette for a report. picocolors is loaded only for colour output: on
 * loading, it opens the process's stdout to ask whether it is a terminal,
 * which costs a run that writes its report to a file several milliseconds.
 */
export const palette = async (color: boolean): Promise<Palette> => (color ? (await import('picocolors')).default.createColors(true) : PLAIN);
