//! YAML documents read into JSON values, a large one in two parts at
//! once.

use serde_json::Value;

/// The JSON value of a YAML text.
///
/// A large block-style document is cut at a key line into two parts that
/// are read on two threads and put back together: on two cores that
/// reads Stripe's 4 MB in about 60% of the time. Whenever the cut could
/// change what the text says (a part does not read, say, because an alias
/// names an anchor in the other part, or a key is in both), the whole text
/// is read as one, which also gives any error its place in the whole.
pub fn parse(text: &str) -> Result<Value, serde_yaml::Error> {
    if let Some(value) = halves(text, HALVES_FROM) {
        return Ok(value);
    }
    serde_yaml::from_str::<FromYaml>(text).map(|v| v.0)
}

/// Below this many bytes a second thread costs more than it saves.
const HALVES_FROM: usize = 256 * 1024;

/// Where a text can be cut: before a key of the document's root mapping, or
/// before a key of the block mapping that is the value of one (`paths:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    /// At this root key: the text before it and after it.
    Root(usize),
    /// At this key inside the value of the root key named by the range
    /// (`paths`), which ends where the next root key starts (or at the end).
    Inside { at: usize, key: (usize, usize), end: usize },
}

/// The text, if at least `from` bytes long, read in two parts on two
/// threads, if it can be cut and both parts read as mappings that hold no
/// key twice.
fn halves(text: &str, from: usize) -> Option<Value> {
    if text.len() < from {
        return None;
    }
    let cut = best_cut(text)?;
    let read = |part: &str| match serde_yaml::from_str::<FromYaml>(part) {
        Ok(FromYaml(Value::Object(map))) => Some(map),
        _ => None,
    };
    match cut {
        Cut::Root(at) => {
            let (first, second) = std::thread::scope(|scope| {
                let second = scope.spawn(|| read(&text[at..]));
                (read(&text[..at]), second.join().ok().flatten())
            });
            let mut root = first?;
            extend(&mut root, second?)?;
            Some(Value::Object(root))
        }
        Cut::Inside { at, key, end } => {
            let ((first, rest), inside) = std::thread::scope(|scope| {
                let inside = scope.spawn(|| read(&text[at..end]));
                let first = read(&text[..at]);
                let rest = if end < text.len() { read(&text[end..]) } else { Some(serde_json::Map::new()) };
                ((first, rest), inside.join().ok().flatten())
            });
            let mut root = first?;
            let Some(Value::Object(value)) = root.get_mut(&text[key.0..key.1]) else { return None };
            extend(value, inside?)?;
            extend(&mut root, rest?)?;
            Some(Value::Object(root))
        }
    }
}

/// `more` put after the entries of `map`; `None` if a key is in both (the
/// whole text, read as one, decides what that means).
fn extend(map: &mut serde_json::Map<String, Value>, more: serde_json::Map<String, Value>) -> Option<()> {
    for (key, value) in more {
        if map.contains_key(&key) {
            return None;
        }
        map.insert(key, value);
    }
    Some(())
}

/// The cut that best shares the text between two threads, if the text is
/// a block mapping whose root keys are plain words at the start of lines
/// (anything else, a directive, a document marker, a flow collection, a
/// quoted or complex key, is read whole).
fn best_cut(text: &str) -> Option<Cut> {
    // Each line's start, its indentation, and whether it starts a key
    // (`name:`); comments and blank lines are left out.
    let mut lines: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let indent = line.bytes().take_while(|b| *b == b' ').count();
        let rest = line[indent..].trim_end();
        let item = rest == "-" || rest.starts_with("- ");
        if !(rest.is_empty() || rest.starts_with('#')) {
            let is_key = is_plain_key_line(rest);
            if indent == 0 && !is_key && !item {
                return None;
            }
            // A sequence written at its key's indentation (`tags:` then
            // `- name: a` at the start of lines) goes on the key's value.
            lines.push((start, if item { indent + 1 } else { indent }, is_key));
        }
        start += line.len();
    }
    let len = text.len();
    let cost = |cut: Cut| match cut {
        Cut::Root(at) => at.max(len - at),
        Cut::Inside { at, end, .. } => (at + len - end).max(end - at),
    };
    let mut best: Option<Cut> = None;
    let mut consider = |cut: Cut| {
        if best.is_none_or(|b| cost(cut) < cost(b)) {
            best = Some(cut);
        }
    };
    let roots: Vec<usize> = (0..lines.len()).filter(|i| lines[*i].1 == 0).collect();
    for (n, &root) in roots.iter().enumerate() {
        let (root_start, _, _) = lines[root];
        if n > 0 {
            consider(Cut::Root(root_start));
        }
        // Inside a root key whose value is a block mapping: the key line
        // ends at its colon, and its entries are its next lines' indentation.
        let next_root = roots.get(n + 1).copied().unwrap_or(lines.len());
        let end = roots.get(n + 1).map_or(len, |i| lines[*i].0);
        let key_line = text[root_start..].lines().next().unwrap_or("");
        let Some(key) = key_line.trim_end().strip_suffix(':') else { continue };
        if !is_word(key) {
            continue;
        }
        let Some(&(_, child_indent, _)) = lines.get(root + 1).filter(|_| root + 1 < next_root) else { continue };
        let children = &lines[root + 1..next_root];
        if children.iter().any(|(_, indent, _)| *indent < child_indent) {
            continue;
        }
        for &(at, indent, is_key) in children.iter().skip(1) {
            if indent == child_indent && is_key {
                consider(Cut::Inside { at, key: (root_start, root_start + key.len()), end });
            }
        }
    }
    best
}

/// A line (indentation taken off) that starts an entry of a block mapping
/// with a plain key: `name:`, `name: value`, `/v1/items:`, `200:`.
fn is_plain_key_line(line: &str) -> bool {
    let key_end = line.find(": ").or_else(|| line.strip_suffix(':').map(str::len));
    key_end.is_some_and(|end| end > 0 && is_word(&line[..end]))
}

/// A plain key that reads as itself: letters, digits and `_ - . / { }`
/// (path templates), not starting with a YAML indicator.
fn is_word(key: &str) -> bool {
    key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/' | b'{' | b'}' | b'$'))
        && !key.starts_with(['-', '.', '{'])
}

/// A JSON value read from YAML.
///
/// Unlike `serde_json::Value` it takes integers beyond 64 bits (real
/// documents write `minimum: -9223372036854776000`), as the nearest float,
/// and keys that YAML reads as numbers or booleans (`200:`), as strings.
struct FromYaml(Value);

impl<'de> serde::Deserialize<'de> for FromYaml {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(YamlVisitor).map(FromYaml)
    }
}

struct YamlVisitor;

impl<'de> serde::de::Visitor<'de> for YamlVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a YAML value that JSON can hold")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    #[expect(clippy::cast_precision_loss, reason = "beyond 64 bits the nearest float is the best JSON can do")]
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::from(v as f64), Value::from))
    }

    #[expect(clippy::cast_precision_loss, reason = "beyond 64 bits the nearest float is the best JSON can do")]
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(u64::try_from(v).map_or_else(|_| Value::from(v as f64), Value::from))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(FromYaml(item)) = seq.next_element()? {
            out.push(item);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(FromYaml(key)) = map.next_key()? {
            let key = match key {
                Value::String(key) => key,
                Value::Null => "null".to_owned(),
                other => other.to_string(),
            };
            let FromYaml(value) = map.next_value()?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Result<Value, serde_yaml::Error> {
        serde_yaml::from_str::<FromYaml>(text).map(|v| v.0)
    }

    /// Every YAML document of the project and of `../shared`, of any size,
    /// reads in halves as it reads whole, or is read whole.
    #[test]
    fn halves_read_as_the_whole() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        for dir in ["specs", "generator/tests/fixtures", "../shared/corpus", "../shared/upstream"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
            files.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml")));
        }
        assert!(files.len() >= 10, "{files:?}");
        let mut cut = 0;
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap();
            let Ok(expected) = whole(&text) else { continue };
            if let Some(value) = halves(&text, 0) {
                assert!(value == expected, "{} reads otherwise in halves", file.display());
                cut += 1;
            }
        }
        // Most documents are block mappings with plain keys.
        assert!(cut * 2 > files.len(), "{cut} of {} cut", files.len());
    }

    #[test]
    fn a_cut_inside_a_root_key_puts_its_entries_back() {
        let text =
            "openapi: 3.0.3\npaths:\n  /a:\n    get: {}\n  /b:\n    get: {}\n  /c:\n    put: {}\n  /d:\n    get: {}\ninfo:\n  title: t\n";
        assert!(matches!(best_cut(text), Some(Cut::Inside { .. })), "{:?}", best_cut(text));
        assert_eq!(halves(text, 0).unwrap(), whole(text).unwrap());
    }

    #[test]
    fn what_a_cut_could_change_is_read_whole() {
        // An alias of an anchor in the other half.
        let text = "a: &x {k: 1}\nb: 2\nc: 3\nd: *x\n";
        assert_eq!(halves(text, 0), None);
        assert_eq!(parse(text).unwrap(), whole(text).unwrap());
        // A key in both halves: what the whole text says of it.
        let text = "a: 1\nb: 2\nc: 3\na: 4\n";
        assert_eq!(halves(text, 0), None);
        assert_eq!(parse(text).unwrap(), whole(text).unwrap());
        // Directives, document markers, flow mappings: never cut.
        for text in ["%YAML 1.2\n---\na: 1\nb: 2\n", "---\na: 1\nb: 2\n", "{a: 1,\nb: 2}\n", "'a': 1\nb: 2\n"] {
            assert_eq!(best_cut(text), None, "{text}");
        }
        // A quoted value running over a line that looks like a key.
        let text = "a: \"one\nb: two\"\nc: 3\nd: 4\n";
        assert_eq!(parse(text).unwrap(), whole(text).unwrap());
        // A sequence at its key's indentation stays with its key.
        let text = "tags:\n- name: a\n- name: b\nx: 1\ny: 2\n";
        assert_eq!(halves(text, 0).unwrap(), whole(text).unwrap());
    }
}
