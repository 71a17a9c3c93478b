/**
 * Source text with its comments and string literals blanked, for the tests that scan kubespec's own code for banned
 * calls: a call quoted in a string (an image's server.js, a URL's `//`) is data, not code. One pass, so that
 * whichever starts first wins: a `//` inside a string is part of the string, a quote inside a comment opens nothing.
 */
export function codeWithoutStringsAndComments(text: string): string {
  return text.replace(/\/\/.*$|\/\*[\s\S]*?\*\/|`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/gm, "''");
}
