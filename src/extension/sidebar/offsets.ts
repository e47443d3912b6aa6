/** UTF-16 <-> code point conversion for files the sidebar writes (decisions use code points). */
export function utf16ToCodePoint(text: string, utf16: number): number {
  let cp = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && i + 1 < utf16) i++;
    cp++;
  }
  return cp;
}
