//! The fixed files of every generated crate, kept as real files under
//! `templates/crate` and filled in here.

/// `Cargo.toml` of a generated crate.
pub const CARGO_TOML: &str = include_str!("../../templates/crate/Cargo.toml.in");
/// `README.md` of a generated crate.
pub const README: &str = include_str!("../../templates/crate/README.md.in");
/// `src/lib.rs` of a generated crate.
pub const LIB_RS: &str = include_str!("../../templates/crate/lib.rs.in");

/// Replaces every `{{name}}` in `template` with its value.
///
/// # Panics
/// If the template names a field that is not given: templates are part of
/// this crate, so that is a bug here, caught by the tests below.
pub fn fill(template: &str, fields: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("}}").expect("a template placeholder is closed");
        let key = &after[..end];
        let value =
            fields.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).unwrap_or_else(|| panic!("template field `{key}` has no value"));
        out.push_str(value);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("a {{x}} b {{y}}{{x}}", &[("x", "1"), ("y", "2")]), "a 1 b 21");
    }

    #[test]
    #[should_panic(expected = "template field `z` has no value")]
    fn a_missing_field_is_a_bug() {
        fill("{{z}}", &[]);
    }
}
