//! String formats with a type of their own: a value of one of these types
//! has been checked, whether it came from JSON or from code.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that is not of the format its type requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The format, as OpenAPI names it (`email`, `uri`, `byte`).
    pub format: &'static str,
    /// Why the string is not of that format (never the string itself).
    pub reason: &'static str,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a valid `{}`: {}", self.format, self.reason)
    }
}

impl std::error::Error for FormatError {}

macro_rules! checked_string {
    ($(#[$doc:meta])* $name:ident, $format:literal, $check:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Checks `value` and wraps it.
            pub fn parse(value: impl Into<String>) -> Result<Self, FormatError> {
                let value = value.into();
                $check(&value).map_err(|reason| FormatError { format: $format, reason })?;
                Ok(Self(value))
            }

            /// The string.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The string, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl FromStr for $name {
            type Err = FormatError;
            fn from_str(value: &str) -> Result<Self, FormatError> {
                Self::parse(value)
            }
        }

        impl TryFrom<String> for $name {
            type Error = FormatError;
            fn try_from(value: String) -> Result<Self, FormatError> {
                Self::parse(value)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Self::parse(value).map_err(serde::de::Error::custom)
            }
        }
    };
}

checked_string!(
    /// `format: email`: an address as RFC 5321 writes a mailbox
    /// (`local-part@domain`, the local part a dot-atom or a quoted string,
    /// the domain a host name or an address literal).
    Email,
    "email",
    check_email
);

checked_string!(
    /// `format: uri` (and `url`): an absolute URI (RFC 3986), with a scheme.
    Uri,
    "uri",
    check_uri
);

const ATEXT_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";

fn check_email(value: &str) -> Result<(), &'static str> {
    let at = value.rfind('@').ok_or("no `@`")?;
    let (local, domain) = (&value[..at], &value[at + 1..]);
    if local.is_empty() {
        return Err("empty local part");
    }
    if local.len() > 64 {
        return Err("local part longer than 64 octets");
    }
    if let Some(quoted) = local.strip_prefix('"') {
        let inner = quoted.strip_suffix('"').ok_or("unterminated quoted local part")?;
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next().filter(|c| (' '..='~').contains(c)).ok_or("bad escape in quoted local part")?;
                }
                '"' => return Err("unescaped quote in quoted local part"),
                c if (' '..='~').contains(&c) => {}
                _ => return Err("invalid character in quoted local part"),
            }
        }
    } else {
        for atom in local.split('.') {
            if atom.is_empty() {
                return Err("empty atom in local part (leading, trailing or double dot)");
            }
            if !atom.chars().all(|c| c.is_ascii_alphanumeric() || ATEXT_SPECIALS.contains(c)) {
                return Err("invalid character in local part");
            }
        }
    }
    if let Some(literal) = domain.strip_prefix('[') {
        let literal = literal.strip_suffix(']').ok_or("unterminated address literal")?;
        let valid = literal.parse::<std::net::Ipv4Addr>().is_ok()
            || literal.strip_prefix("IPv6:").is_some_and(|v6| v6.parse::<std::net::Ipv6Addr>().is_ok());
        return if valid { Ok(()) } else { Err("invalid address literal") };
    }
    check_hostname(domain)
}

/// RFC 1123 host name: labels of letters, digits and hyphens, each 1 to 63
/// long, not starting or ending with a hyphen; 253 characters at most. A
/// label `xn--...` must be a valid IDNA 2008 A-label (see [`crate::idna`]).
pub(crate) fn check_hostname(value: &str) -> Result<(), &'static str> {
    if value.is_empty() || value.len() > 253 {
        return Err("domain empty or longer than 253 characters");
    }
    for label in value.split('.') {
        if label.is_empty() || label.len() > 63 {
            return Err("domain label empty or longer than 63 characters");
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err("domain label starts or ends with a hyphen");
        }
        if !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err("invalid character in domain");
        }
        if let Some(encoded) = label.get(..4).filter(|p| p.eq_ignore_ascii_case("xn--")).map(|_| &label[4..])
            && !crate::idna::is_a_label(encoded)
        {
            return Err("domain label is not a valid internationalized (A-) label");
        }
    }
    Ok(())
}

fn check_uri(value: &str) -> Result<(), &'static str> {
    let colon = value.find(':').ok_or("no scheme")?;
    let scheme = &value[..colon];
    let mut scheme_chars = scheme.chars();
    if !scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return Err("scheme must start with a letter");
    }
    if !scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        return Err("invalid character in scheme");
    }
    let rest = &value[colon + 1..];
    let (rest, fragment) = rest.split_once('#').unwrap_or((rest, ""));
    let (hier, query) = rest.split_once('?').unwrap_or((rest, ""));
    uri_chars(fragment, b"/?:@")?;
    uri_chars(query, b"/?:@")?;
    let path = match hier.strip_prefix("//") {
        Some(after) => {
            let end = after.find('/').unwrap_or(after.len());
            check_authority(&after[..end])?;
            &after[end..]
        }
        None => hier,
    };
    uri_chars(path, b"/:@")
}

/// RFC 3986 `authority`: `[userinfo@]host[:port]`.
fn check_authority(authority: &str) -> Result<(), &'static str> {
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((userinfo, host_port)) => (Some(userinfo), host_port),
        None => (None, authority),
    };
    if let Some(userinfo) = userinfo {
        uri_chars(userinfo, b":")?;
    }
    let (host, port) = if let Some(literal) = host_port.strip_prefix('[') {
        let end = literal.find(']').ok_or("unterminated IP literal")?;
        let address = &literal[..end];
        let valid = address.parse::<std::net::Ipv6Addr>().is_ok() || (address.starts_with(['v', 'V']) && address.contains('.'));
        if !valid {
            return Err("invalid IP literal");
        }
        let after = &literal[end + 1..];
        let port = match after.strip_prefix(':') {
            Some(port) => port,
            None if after.is_empty() => "",
            None => return Err("junk after IP literal"),
        };
        (None, port)
    } else {
        match host_port.rsplit_once(':') {
            Some((host, port)) => (Some(host), port),
            None => (Some(host_port), ""),
        }
    };
    if !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err("non-numeric port");
    }
    if let Some(host) = host {
        uri_chars(host, b"")?;
    }
    Ok(())
}

/// Unreserved characters, percent-encodings, sub-delimiters and `extra`.
fn uri_chars(text: &str, extra: &[u8]) -> Result<(), &'static str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).ok_or("truncated percent-encoding")?;
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return Err("invalid percent-encoding");
                }
                i += 3;
                continue;
            }
            b if b.is_ascii_alphanumeric() => {}
            b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' => {}
            b if extra.contains(&b) => {}
            _ => return Err("character not allowed here in a URI"),
        }
        i += 1;
    }
    Ok(())
}

/// `format: byte`: binary data, base64-encoded (RFC 4648, with padding) on
/// the wire.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Base64(pub Vec<u8>);

impl Base64 {
    /// Decodes base64 text: the standard alphabet, with padding, and only
    /// the one canonical form (`Zh==` is refused: its unused bits are set),
    /// so that [`Base64::encode`] gives back the text that was sent.
    pub fn decode(text: &str) -> Result<Self, FormatError> {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.decode(text).map(Self).map_err(|error| FormatError {
            format: "byte",
            reason: match error {
                base64::DecodeError::InvalidByte(..) => "invalid character",
                base64::DecodeError::InvalidLength(_) => "length is not a multiple of 4",
                base64::DecodeError::InvalidLastSymbol(..) => "the last character has bits set that are not used",
                base64::DecodeError::InvalidPadding => "misplaced padding",
            },
        })
    }

    /// Encodes as base64 text.
    pub fn encode(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(&self.0)
    }
}

impl Serialize for Base64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.encode())
    }
}

impl<'de> Deserialize<'de> for Base64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::decode(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in ["joe.bloggs@example.com", "\"joe bloggs\"@example.com", "te~st@example.com", "joe@[127.0.0.1]", "a@b"] {
            assert!(Email::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "2962", "@example.com", "joe@", ".test@example.com", "te..st@example.com", "a b@c.d", "joe@-x.com"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn uris() {
        for ok in ["https://example.com/a?b=c#d", "urn:isbn:0451450523", "mailto:a@b.c", "http://[::1]:80/%20"] {
            assert!(Uri::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["string", "/relative/path", "http://a b", "1http://x", "http://x/%zz", "http://ü.de"] {
            assert!(Uri::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn base64_round_trips() {
        for (bytes, text) in [(&b""[..], ""), (b"f", "Zg=="), (b"fo", "Zm8="), (b"foo", "Zm9v"), (b"foobar", "Zm9vYmFy")] {
            assert_eq!(Base64(bytes.to_vec()).encode(), text);
            assert_eq!(Base64::decode(text).unwrap().0, bytes);
        }
        // `Zh==` and `Zm9=` decode to `f` and `fo` too, but are not how
        // they are written.
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zh==", "Zm9=", "Zg== "] {
            assert!(Base64::decode(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn serde_checks_on_the_way_in() {
        assert!(serde_json::from_str::<Email>("\"not an email\"").is_err());
        let email: Email = serde_json::from_str("\"a@example.com\"").unwrap();
        assert_eq!(serde_json::to_string(&email).unwrap(), "\"a@example.com\"");
    }
}
