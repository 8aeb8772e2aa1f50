//! Internationalized labels in host names (IDNA 2008, RFC 5890 to 5892): an
//! A-label (`xn--...`) is decoded from Punycode (RFC 3492) and the label it
//! stands for is checked as RFC 5891 §5.4 says.
//!
//! What is checked: the Punycode is well formed and stands for a label with
//! a non-ASCII character; that label is in NFC, has no `--` in its third and
//! fourth places, does not start or end with a hyphen or start with a
//! combining mark; every character is a lower-case letter, a digit or a mark
//! that NFKC leaves alone, or an exception of RFC 5892 §2.6, and the
//! characters with contextual rules (RFC 5892 appendix A: joiners, MIDDLE
//! DOT, KERAIA, GERESH, GERSHAYIM, KATAKANA MIDDLE DOT, Arabic-Indic digits)
//! meet them.
//!
//! What is approximated: RFC 5892's derived property table is stood in for
//! by Unicode's general properties as Rust and `unicode-normalization` know
//! them (unassigned code points are not told apart); scripts and the Arabic
//! joining types the rules need are known by their blocks. The bidi rule of
//! RFC 5893 is not checked.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};

/// Whether `encoded` (what follows `xn--`) is a valid A-label's Punycode.
pub(crate) fn is_a_label(encoded: &str) -> bool {
    match decode(encoded) {
        Some(label) => !label.iter().all(char::is_ascii) && is_u_label(&label),
        None => false,
    }
}

fn is_u_label(label: &[char]) -> bool {
    let text: String = label.iter().collect();
    if !unicode_normalization::is_nfc(&text) {
        return false;
    }
    if label.get(2..4) == Some(&['-', '-']) || label.first() == Some(&'-') || label.last() == Some(&'-') {
        return false;
    }
    if label.first().is_some_and(|c| is_combining_mark(*c)) {
        return false;
    }
    (0..label.len()).all(|i| allowed(label, i))
}

/// Whether the character at `i` may stand where it stands.
fn allowed(label: &[char], i: usize) -> bool {
    let c = label[i];
    let before = i.checked_sub(1).map(|j| label[j]);
    let after = label.get(i + 1).copied();
    match c {
        // RFC 5892 §2.6: exceptions that are PVALID ...
        '\u{00DF}' | '\u{03C2}' | '\u{06FD}' | '\u{06FE}' | '\u{0F0B}' | '\u{3007}' => true,
        // ... and DISALLOWED.
        '\u{0640}' | '\u{07FA}' | '\u{302E}' | '\u{302F}' | '\u{3031}'..='\u{3035}' | '\u{303B}' => false,
        // Appendix A.1 and A.2: ZERO WIDTH NON-JOINER and JOINER.
        '\u{200C}' => before.is_some_and(is_virama) || joins_across(label, i),
        '\u{200D}' => before.is_some_and(is_virama),
        // A.3: MIDDLE DOT between two `l`s (Catalan).
        '\u{00B7}' => before == Some('l') && after == Some('l'),
        // A.4: GREEK LOWER NUMERAL SIGN (KERAIA) before Greek.
        '\u{0375}' => after.is_some_and(is_greek),
        // A.5, A.6: HEBREW PUNCTUATION GERESH and GERSHAYIM after Hebrew.
        '\u{05F3}' | '\u{05F4}' => before.is_some_and(is_hebrew),
        // A.7: KATAKANA MIDDLE DOT in a label with Hiragana, Katakana or Han.
        '\u{30FB}' => label.iter().any(|&o| o != '\u{30FB}' && (is_hiragana(o) || is_katakana(o) || is_han(o))),
        // A.8, A.9: Arabic-Indic digits, not mixed with the extended ones.
        '\u{0660}'..='\u{0669}' => !label.iter().any(|o| ('\u{06F0}'..='\u{06F9}').contains(o)),
        '\u{06F0}'..='\u{06F9}' => !label.iter().any(|o| ('\u{0660}'..='\u{0669}').contains(o)),
        'a'..='z' | '0'..='9' | '-' => true,
        c if c.is_ascii() => false,
        c => {
            (c.is_alphanumeric() || is_combining_mark(c))
                && !c.is_uppercase()
                && c.to_lowercase().eq([c])
                && std::iter::once(c).nfkc().eq([c])
        }
    }
}

fn is_virama(c: char) -> bool {
    canonical_combining_class(c) == 9
}

/// RFC 5892 A.1's other case: `(L|D) T* ZWNJ T* (R|D)` in joining types
/// (the Arabic block has no left-joining letters, so `L` is not told).
fn joins_across(label: &[char], i: usize) -> bool {
    let left = label[..i].iter().rev().find(|c| joining(**c) != Joining::Transparent);
    let right = label[i + 1..].iter().find(|c| joining(**c) != Joining::Transparent);
    matches!(left.map(|c| joining(*c)), Some(Joining::Dual)) && matches!(right.map(|c| joining(*c)), Some(Joining::Right | Joining::Dual))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    Dual,
    Right,
    Transparent,
    None,
}

/// Unicode's joining type, for the Arabic block (where the rule matters in
/// practice); marks are transparent; anything else does not join.
fn joining(c: char) -> Joining {
    match c {
        '\u{0622}'..='\u{0625}'
        | '\u{0627}'
        | '\u{0629}'
        | '\u{062F}'..='\u{0632}'
        | '\u{0648}'
        | '\u{0671}'..='\u{0673}'
        | '\u{0675}'..='\u{0677}'
        | '\u{0688}'..='\u{0699}'
        | '\u{06C0}'
        | '\u{06C3}'..='\u{06CB}'
        | '\u{06CD}'
        | '\u{06CF}'
        | '\u{06D2}'
        | '\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'
        | '\u{06EF}' => Joining::Right,
        '\u{0620}'..='\u{064A}'
        | '\u{066E}'
        | '\u{066F}'
        | '\u{0678}'..='\u{0687}'
        | '\u{069A}'..='\u{06BF}'
        | '\u{06C1}'
        | '\u{06C2}'
        | '\u{06CC}'
        | '\u{06CE}'
        | '\u{06D0}'
        | '\u{06D1}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' => {
            if matches!(c, '\u{0621}' | '\u{0640}') {
                Joining::None
            } else {
                Joining::Dual
            }
        }
        c if is_combining_mark(c) || matches!(c, '\u{200B}' | '\u{00AD}') => Joining::Transparent,
        _ => Joining::None,
    }
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{0373}' | '\u{0375}'..='\u{0377}' | '\u{037A}'..='\u{037D}' | '\u{037F}'
        | '\u{0384}' | '\u{0386}' | '\u{0388}'..='\u{03E1}' | '\u{03F0}'..='\u{03FF}' | '\u{1D26}'..='\u{1D2A}'
        | '\u{1F00}'..='\u{1FFE}' | '\u{2126}' | '\u{AB65}' | '\u{10140}'..='\u{1018E}' | '\u{101A0}')
}

fn is_hebrew(c: char) -> bool {
    matches!(c, '\u{0591}'..='\u{05C7}' | '\u{05D0}'..='\u{05EA}' | '\u{05EF}'..='\u{05F4}' | '\u{FB1D}'..='\u{FB4F}')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}' | '\u{1B001}'..='\u{1B11F}' | '\u{1F200}')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FD}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{32D0}'..='\u{32FE}'
        | '\u{3300}'..='\u{3357}' | '\u{FF66}'..='\u{FF6F}' | '\u{FF71}'..='\u{FF9D}' | '\u{1B000}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{2E99}' | '\u{2E9B}'..='\u{2EF3}' | '\u{2F00}'..='\u{2FD5}' | '\u{3005}' | '\u{3007}'
        | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303B}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FA6D}' | '\u{FA70}'..='\u{FAD9}' | '\u{20000}'..='\u{2FA1D}' | '\u{30000}'..='\u{323AF}')
}

/// RFC 3492 decoding; `None` for anything that is not well-formed Punycode.
fn decode(input: &str) -> Option<Vec<char>> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    let (basic, extended) = match input.rfind('-') {
        Some(at) => (&input[..at], &input[at + 1..]),
        None => ("", input),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut output: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (128u32, 0u32, 72u32);
    let mut digits = extended.bytes().peekable();
    while digits.peek().is_some() {
        let old_i = i;
        let mut weight = 1u32;
        let mut k = BASE;
        loop {
            let digit = match digits.next()? {
                b @ b'a'..=b'z' => u32::from(b - b'a'),
                b @ b'A'..=b'Z' => u32::from(b - b'A'),
                b @ b'0'..=b'9' => u32::from(b - b'0') + 26,
                _ => return None,
            };
            i = i.checked_add(digit.checked_mul(weight)?)?;
            let t = if k <= bias {
                T_MIN
            } else if k >= bias + T_MAX {
                T_MAX
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k += BASE;
        }
        let length = u32::try_from(output.len()).ok()? + 1;
        bias = adapt(i - old_i, length, old_i == 0);
        n = n.checked_add(i / length)?;
        i %= length;
        output.insert(usize::try_from(i).ok()?, char::from_u32(n)?);
        i += 1;
    }
    Some(output)
}

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    const BASE: u32 = 36;
    let mut delta = if first { delta / 700 } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - 1) * 26) / 2 {
        delta /= BASE - 1;
        k += BASE;
    }
    k + (BASE * delta) / (delta + 38)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_rfc_3492_samples() {
        // RFC 3492 §7.1 (B): Chinese (simplified).
        let chinese: String = decode("ihqwcrb4cv8a8dqg056pqjye").unwrap().into_iter().collect();
        assert_eq!(chinese, "\u{4ED6}\u{4EEC}\u{4E3A}\u{4EC0}\u{4E48}\u{4E0D}\u{8BF4}\u{4E2D}\u{6587}");
        let mixed: String = decode("3B-ww4c5e180e575a65lsy2b").unwrap().into_iter().collect();
        assert_eq!(mixed, "3\u{5E74}B\u{7D44}\u{91D1}\u{516B}\u{5148}\u{751F}");
        assert_eq!(decode("X"), None);
        assert_eq!(decode("a\u{e9}-abc"), None);
    }

    #[test]
    fn checks_labels() {
        assert!(is_a_label("9n2bp8q"));
        assert!(is_a_label("ll-0ea"));
        assert!(!is_a_label("al-0ea"));
        assert!(!is_a_label("hello-zed"), "starts with a combining mark");
        // All ASCII: not an A-label.
        assert!(!is_a_label("abc-"));
    }
}
