function isMirrorPhrase(text: string): boolean {
  let left = 0
  let right = text.length - 1
  while (left < right) {
    const a = text.charCodeAt(left)
    const b = text.charCodeAt(right)
    if (!isAlphanumeric(a)) {
      left++
    } else if (!isAlphanumeric(b)) {
      right--
    } else {
      if (lower(a) !== lower(b)) return false
      left++
      right--
    }
  }
  return true
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code
}
