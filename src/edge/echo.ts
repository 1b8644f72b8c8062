// What of the caller's input a message may carry: every piece it quotes cut to MAX_ECHO
// characters, and the whole message to MAX_MESSAGE_LENGTH. Every answer that echoes input (a
// refusal, a GraphQL error, a 404) passes its message through here.

/** The longest message an error carries: messages may quote the caller's input, which is capped. */
export const MAX_MESSAGE_LENGTH = 1000;

/**
 * The most of any one piece of the caller's input a message quotes, in UTF-16 code units: at most
 * 200 bytes of UTF-8 whatever the characters (50 bytes for the ASCII of a GraphQL name or a path).
 */
export const MAX_ECHO = 50;
const LONG_WORD = new RegExp(`[^\\s"]{${MAX_ECHO + 1},}`, 'g');

/** A piece of input cut to MAX_ECHO characters, marked as cut. */
export const clipEcho = (text: string): string => (text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text);

/**
 * A message with every piece of input it echoes cut to MAX_ECHO characters, whoever wrote it:
 * graphql-js and yoga quote input ("…", a string value, a name) or print it bare (an enum or
 * other literal, a name in a syntax error); no word of a message that says what to fix is that long.
 */
export function clipEchoes(message: string): string {
  return message
    .replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) => (inner.length > MAX_ECHO ? `"${clipEcho(inner)}"` : quoted))
    .replace(LONG_WORD, clipEcho);
}

/** A message cut to MAX_MESSAGE_LENGTH, saying how long it was (grouped by hand: Intl's first call is slow on a cold isolate). */
export function capped(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  return `${message.slice(0, MAX_MESSAGE_LENGTH)}… (cut: the message was ${String(message.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} characters)`;
}
