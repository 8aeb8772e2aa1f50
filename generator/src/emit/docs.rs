//! Doc comments from the document's prose.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Docs, Name};

/// Normalizes prose for a doc comment: one string per line, with a leading
/// space (so it prints as `/// text`), tabs expanded, trailing space cut,
/// runs of blank lines folded, and code fences without a language marked
/// `text` so rustdoc does not take them for Rust.
///
/// A line that continues a list item without indentation (a "lazy
/// continuation", which Markdown allows) is indented under the item, which
/// means the same and is what rustdoc's readers expect.
pub fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_fence = false;
    // The column where the text of the current list item starts.
    let mut item_indent: Option<usize> = None;
    for raw in text.replace("\r\n", "\n").replace('\r', "\n").lines() {
        let expanded = raw.replace('\t', "    ");
        let mut line = expanded.trim_end().to_owned();
        if !in_fence {
            if line.is_empty() {
                item_indent = None;
            } else if let Some(indent) = list_item_indent(&line) {
                item_indent = Some(indent);
            } else if let Some(indent) = item_indent {
                // Under the item's text: neither lazy nor deeper (which
                // Markdown would read as code).
                line = format!("{}{}", " ".repeat(indent), line.trim_start());
            }
        }
        let line = line.as_str();
        let trimmed = line.trim_start();
        if let Some(lang) = trimmed.strip_prefix("```") {
            let indent = &line[..line.len() - trimmed.len()];
            if !in_fence && lang.trim().is_empty() {
                out.push(format!(" {indent}```text"));
            } else {
                out.push(format!(" {line}"));
            }
            in_fence = !in_fence;
            continue;
        }
        if line.is_empty() {
            if out.last().is_none_or(String::is_empty) {
                continue;
            }
            out.push(String::new());
        } else {
            out.push(format!(" {line}"));
        }
    }
    if in_fence {
        out.push(" ```".to_owned());
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    fence_indented_code(out)
}

/// Markdown reads lines indented four spaces after a blank line (outside a
/// list) as a code block, which rustdoc would compile as Rust: such blocks
/// (Python docstrings' examples, say) are fenced as `text`.
fn fence_indented_code(lines: Vec<String>) -> Vec<String> {
    let indent = |line: &str| line.len() - line.trim_start().len();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let (mut in_fence, mut in_code, mut in_list) = (false, false, false);
    for line in lines {
        // Each line is ` text`: the text starts after the first space.
        let text = line.strip_prefix(' ').unwrap_or(&line);
        if in_code {
            if text.is_empty() || indent(text) >= 4 {
                out.push(if text.is_empty() { String::new() } else { format!(" {}", &text[4..]) });
                continue;
            }
            let blanks = out.iter().rev().take_while(|l| l.is_empty()).count();
            out.truncate(out.len() - blanks);
            out.push(" ```".to_owned());
            out.extend(std::iter::repeat_n(String::new(), blanks));
            in_code = false;
        }
        if text.trim_start().starts_with("```") {
            in_fence = !in_fence;
        } else if !in_fence && !text.is_empty() {
            if list_item_indent(text).is_some() {
                in_list = true;
            } else if indent(text) == 0 {
                in_list = false;
            }
            let after_blank = out.last().is_none_or(String::is_empty);
            if after_blank && !in_list && indent(text) >= 4 {
                out.push(" ```text".to_owned());
                out.push(format!(" {}", &text[4..]));
                in_code = true;
                continue;
            }
        }
        out.push(line);
    }
    if in_code {
        while out.last().is_some_and(String::is_empty) {
            out.pop();
        }
        out.push(" ```".to_owned());
    }
    out
}

/// Where the text of a Markdown list item starts, if `line` begins one.
fn list_item_indent(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    let leading = line.len() - trimmed.len();
    let marker = if trimmed.starts_with(['-', '*', '+']) {
        1
    } else {
        let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
        let after = trimmed[digits..].chars().next();
        if digits == 0 || digits > 9 || !matches!(after, Some('.' | ')')) {
            return None;
        }
        digits + 1
    };
    trimmed[marker..].starts_with(' ').then_some(leading + marker + 1)
}

/// The lines of an item's documentation: title, description, deprecation
/// and example, each a paragraph, and any extra paragraphs given.
///
/// A title that only repeats the item's own name (as FastAPI writes
/// `title: Display Name` for `display_name`) is left out.
pub fn paragraphs(docs: &Docs, name: &Name, extra: &[String]) -> Vec<String> {
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let description = docs.description.as_deref().map(str::trim).filter(|d| !d.is_empty());
    if let Some(title) = docs.title.as_deref().map(str::trim).filter(|t| !t.is_empty())
        && Name::new(title).key() != name.key()
        && description.is_none_or(|d| !d.starts_with(title))
    {
        paragraphs.push(lines(title));
    }
    if let Some(description) = description {
        paragraphs.push(lines(description));
    }
    if docs.deprecated {
        paragraphs.push(vec![" **Deprecated** in the API description.".to_owned()]);
    }
    for text in extra {
        paragraphs.push(lines(text));
    }
    if let Some(example) = docs.examples.first() {
        paragraphs.push(example_lines(example));
    }
    let mut out = Vec::new();
    for paragraph in paragraphs.into_iter().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(paragraph);
    }
    out
}

fn example_lines(example: &serde_json::Value) -> Vec<String> {
    let compact = example.to_string();
    if compact.len() <= 80 && !compact.contains('`') {
        return vec![format!(" Example: `{compact}`")];
    }
    let pretty = serde_json::to_string_pretty(example).unwrap_or(compact);
    let mut out = vec![" Example:".to_owned(), String::new(), " ```json".to_owned()];
    out.extend(pretty.lines().map(|l| format!(" {l}")));
    out.push(" ```".to_owned());
    out
}

/// Outer doc attributes (`///`).
pub fn outer(lines: &[String]) -> TokenStream {
    quote! { #( #[doc = #lines] )* }
}

/// Inner doc comment text (`//!`), for templates.
pub fn inner_text(lines: &[String]) -> String {
    lines.iter().map(|l| format!("//!{l}\n")).collect()
}

/// The first line of a text that has words, trimmed.
pub fn first_line(text: Option<&str>) -> Option<&str> {
    text?.lines().map(str::trim).find(|line| !line.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cleaned_for_rustdoc() {
        assert_eq!(lines("a\t b  \r\n\n\n```\nlet x;\n```\n\n"), [" a     b", "", " ```text", " let x;", " ```"]);
    }

    #[test]
    fn indented_code_is_fenced_as_text() {
        assert_eq!(
            lines("Example:\n\n    client.get(\"x\")\n\n    more\n\nAfter.\nArgs:\n    name: kept as prose"),
            [" Example:", "", " ```text", " client.get(\"x\")", "", " more", " ```", "", " After.", " Args:", "     name: kept as prose"]
        );
        // Under a list item, indented text continues the item.
        assert_eq!(lines("- item\n\n    more of it"), [" - item", "", "     more of it"]);
    }

    #[test]
    fn lazy_list_continuations_are_indented() {
        assert_eq!(
            lines("Intro:\n- `a` does x.\nmore of a\n  1. nested\n  more\n             deep\n\nafter"),
            [" Intro:", " - `a` does x.", "   more of a", "   1. nested", "      more", "      deep", "", " after"]
        );
    }

    #[test]
    fn a_title_that_repeats_the_name_is_dropped() {
        let docs = Docs { title: Some("Display Name".into()), ..Docs::default() };
        assert!(paragraphs(&docs, &Name::new("display_name"), &[]).is_empty());
        assert_eq!(paragraphs(&docs, &Name::new("label"), &[]), [" Display Name"]);
    }

    #[test]
    fn title_is_dropped_when_the_description_repeats_it() {
        let docs = Docs {
            title: Some("Name".into()),
            description: Some("Name of the thing.".into()),
            examples: vec![serde_json::json!("x")],
            deprecated: true,
        };
        assert_eq!(
            paragraphs(&docs, &Name::new("x"), &[]),
            [" Name of the thing.", "", " **Deprecated** in the API description.", "", " Example: `\"x\"`"]
        );
    }
}
