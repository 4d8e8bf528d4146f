/**
 * Folds what people type in Chinese input methods to plain ASCII where it carries numbers:
 * full-width digits, signs, letters and punctuation (U+FF01–FF5E), the ideographic space, the
 * minus sign U+2212 and full-width ≥ ≤ variants. Other text (Chinese words, units) is kept.
 */
export function normalizeText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (code === 0x2212 || code === 0x2013 || code === 0xfe63) out += "-";
    else if (code === 0x3002 && /\d/.test(out.slice(-1)))
      out += "."; // 12。5 typed with a Chinese full stop
    else out += ch;
  }
  return out.trim();
}
