/**
 * Text as a message quotes it: characters a person cannot see (zero-width spaces, direction marks, control
 * characters, a byte-order mark, a soft hyphen) written as \uXXXX, so "2\u200B0" does not look like "20";
 * and a number of more than 15 digits abbreviated (≈1.00000e+308), since its digits say nothing more.
 */
export function visible(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
    )
    .replace(/\t/g, "\\t")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n")
    .replace(/-?\d[\d.]{15,}(?:e[+-]?\d+)?/gi, (digits) => {
      const n = Number(digits);
      const count = digits.replace(/[^\d]/g, "").length;
      return Number.isFinite(n) ? `≈${n.toPrecision(6)}` : `${digits.slice(0, 8)}…（${count} 位 digits）`;
    });
}
