import type { Emphasis, Link, PhrasingContent, Strong } from 'mdast';

/**
 * The inline half of the fast path (simple-blocks.ts): plain text with the
 * markup reports use most, bold and italic words, links and autolinks, in
 * the forms whose reading by CommonMark's delimiter rules is certain. Any
 * other markup character, or one of these in a less certain place, returns
 * null and the block goes to the Markdown parser.
 */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

type PointAt = (offset: number) => Point;

/** Characters the fast path never reads as text: escapes, code, pipes, and those that change positions. */
const NEVER = new Set(['\\', '`', '|', '\t', '\0', '\uFEFF']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may follow a closing "*" or "_" run here: the end, a space, or punctuation that is not markup. */
const AFTER_CLOSER = new Set([' ', '\n', '\r', '.', ',', ';', ':', '?', '!', ')', '"', "'"]);
const URL_AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>&\\`"'*_[\]]*)>/;
const EMAIL_AUTOLINK = /^<([A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)>/;
/** A link destination with nothing to decode: no spaces, brackets, quotes, escapes or entities. */
const DESTINATION = /^\(([^\s()<>&\\`"']+)\)/;

interface Construct {
  node: PhrasingContent;
  end: number;
}

function position(pointAt: PointAt, start: number, end: number) {
  return { start: pointAt(start), end: pointAt(end) };
}

/** Whether text from `from` is free of every markup character this module reads (so its content is plain). */
function isPlainRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (NEVER.has(c) || c === '*' || c === '_' || c === '[' || c === ']' || c === '<' || c === '&' || c === '!' || c === '\n' || c === '\r') return false;
  }
  return true;
}

/**
 * "*word*", "**words**" (or with "_"): opened after a space, "(" or the start and before a letter or
 * digit; closed by the same run after a non-space and before a space, the end or punctuation; nothing
 * inside that could be markup. Then the run can only open, the other only close, and they pair.
 */
function emphasis(text: string, at: number, from: number, to: number, pointAt: PointAt): Construct | null {
  const mark = text[at]!;
  const size = text[at + 1] === mark ? 2 : 1;
  const before = at === from ? ' ' : text[at - 1]!;
  if (text[at + size] === mark || (before !== ' ' && before !== '\n' && before !== '\r' && before !== '(') || !LETTER_OR_DIGIT.test(text[at + size] ?? '')) return null;
  let close = at + size;
  while (close < to && text[close] !== mark) close++;
  if (close >= to || !isPlainRun(text, at + size, close)) return null;
  const run = text.slice(close, close + size);
  const after = close + size === to ? ' ' : text[close + size]!;
  if (run !== mark.repeat(size) || /\s/.test(text[close - 1]!) || !AFTER_CLOSER.has(after)) return null;
  const end = close + size;
  const children: PhrasingContent[] = [{ type: 'text', value: text.slice(at + size, close), position: position(pointAt, at + size, close) }];
  const node: Strong | Emphasis = { type: size === 2 ? 'strong' : 'emphasis', children, position: position(pointAt, at, end) };
  return { node, end };
}

/** "[text](destination)" with plain text and a destination that needs no decoding. */
function link(text: string, at: number, to: number, pointAt: PointAt): Construct | null {
  const close = text.indexOf(']', at + 1);
  if (close === -1 || close >= to || close === at + 1 || !isPlainRun(text, at + 1, close)) return null;
  const destination = DESTINATION.exec(text.slice(close + 1, to));
  if (!destination) return null;
  const end = close + 1 + destination[0].length;
  const node: Link = {
    type: 'link',
    title: null,
    url: destination[1]!,
    children: [{ type: 'text', value: text.slice(at + 1, close), position: position(pointAt, at + 1, close) }],
    position: position(pointAt, at, end),
  };
  return { node, end };
}

/** "<https://...>" or "<name@example.org>". */
function autolink(text: string, at: number, to: number, pointAt: PointAt): Construct | null {
  const rest = text.slice(at, to);
  const url = URL_AUTOLINK.exec(rest);
  const email = url ? null : EMAIL_AUTOLINK.exec(rest);
  const match = url ?? email;
  if (!match) return null;
  const end = at + match[0].length;
  const node: Link = {
    type: 'link',
    title: null,
    url: email ? `mailto:${match[1]}` : match[1]!,
    children: [{ type: 'text', value: match[1]!, position: position(pointAt, at + 1, end - 1) }],
    position: position(pointAt, at, end),
  };
  return { node, end };
}

/** ASCII characters the loop below must look at; every other one is plain text (but the byte order mark). */
const MARKUP = new Uint8Array(128);
for (const c of ['*', '_', '[', ']', '<', '!', '&', ...[...NEVER].filter((n) => n.charCodeAt(0) < 128)]) MARKUP[c.charCodeAt(0)] = 1;

/** The phrasing nodes of text[from, to), or null when it holds markup this fast path does not read. */
export function simpleInline(text: string, from: number, to: number, pointAt: PointAt): PhrasingContent[] | null {
  const nodes: PhrasingContent[] = [];
  let textStart = from;
  for (let i = from; i < to; ) {
    // Most characters are plain: one table look-up each (this loop reads most of every report).
    const code = text.charCodeAt(i);
    if (code < 128 ? MARKUP[code] === 0 : code !== 0xfeff) {
      i++;
      continue;
    }
    const c = text[i]!;
    let construct: Construct | null | undefined;
    if (c === '*' || c === '_') construct = emphasis(text, i, from, to, pointAt);
    else if (c === '[') construct = link(text, i, to, pointAt);
    else if (c === '<') {
      // "<" before a space ("fewer than < 5") cannot open a tag or an autolink.
      if (i + 1 < to && /\s/.test(text[i + 1]!)) construct = undefined;
      else construct = autolink(text, i, to, pointAt);
    } else if (NEVER.has(c) || c === ']' || (c === '!' && text[i + 1] === '[') || (c === '&' && /[#A-Za-z]/.test(text[i + 1] ?? ''))) return null;
    if (construct === null) return null;
    if (!construct) {
      i++;
      continue;
    }
    if (i > textStart) nodes.push({ type: 'text', value: text.slice(textStart, i), position: position(pointAt, textStart, i) });
    nodes.push(construct.node);
    i = textStart = construct.end;
  }
  if (to > textStart) nodes.push({ type: 'text', value: text.slice(textStart, to), position: position(pointAt, textStart, to) });
  return nodes;
}
