//! Every example of the API description, read into the type generated for
//! it and written back. Each example prints one line,
//! `example<TAB>crate<TAB>where<TAB>verdict`, which `cargo xtask`'s example check
//! compares with what it expects; this test itself fails only if it cannot
//! run.

mod check {
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    /// Reads the example `text` as a `T`, writes it back, and prints what
    /// became of it. `unread` lists the properties the types leave out on
    /// purpose (`readOnly` ones are not read, `writeOnly` ones not written).
    pub fn round_trip<T: DeserializeOwned + Serialize>(label: &str, text: &str, unread: &[&str]) {
        println!("example\t{}\t{label}\t{}", env!("CARGO_PKG_NAME"), verdict::<T>(text, unread));
    }

    fn verdict<T: DeserializeOwned + Serialize>(text: &str, unread: &[&str]) -> String {
        let input: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(e) => return format!("the example is not JSON: {e}"),
        };
        let typed: T = match serde_json::from_value(input.clone()) {
            Ok(typed) => typed,
            Err(e) => return format!("does not read as its type: {e}"),
        };
        let output = match serde_json::to_value(&typed) {
            Ok(output) => output,
            Err(e) => return format!("does not write back: {e}"),
        };
        // What it writes reads back and writes the same again (not equal
        // to `typed` itself: `writeOnly` properties are not written).
        match serde_json::from_value::<T>(output.clone()).map(|again| serde_json::to_value(&again)) {
            Ok(Ok(again)) if again == output => {}
            Ok(Ok(_)) => return "what it writes reads back as another value".to_owned(),
            Ok(Err(e)) | Err(e) => return format!("what it writes does not read back: {e}"),
        }
        match lost(&input, &output, "", unread) {
            Some(at) => format!("comes back without the value at {at}"),
            None => "ok".to_owned(),
        }
    }

    /// Where `output` lacks something `input` had. Properties may be added
    /// (defaults, discriminator tags) and strings rewritten to their
    /// canonical form (a date-time's `Z`, a UUID's case): the typed value
    /// read them, and what it writes reads back the same, as the caller
    /// checked.
    fn lost(input: &Value, output: &Value, at: &str, unread: &[&str]) -> Option<String> {
        match (input, output) {
            (Value::Object(input), Value::Object(output)) => input.iter().find_map(|(key, value)| {
                let here = format!("{at}/{key}");
                match output.get(key) {
                    Some(written) => lost(value, written, &here, unread),
                    None if value.is_null() || unread.contains(&key.as_str()) => None,
                    None => Some(here),
                }
            }),
            (Value::Array(input), Value::Array(output)) if input.len() == output.len() => input
                .iter()
                .zip(output)
                .enumerate()
                .find_map(|(i, (value, written))| lost(value, written, &format!("{at}/{i}"), unread)),
            (Value::Number(a), Value::Number(b)) => (a.as_f64() != b.as_f64()).then(|| at.to_owned()),
            (Value::String(_), Value::String(_)) => None,
            (a, b) => (a != b).then(|| at.to_owned()),
        }
    }
}
