//! Modules printed item by item.
//!
//! An operation's module holds a handful of items: its `use`s, its
//! `Operation` static, its `Request` struct and `read_request!`, its
//! `Response` enum and that enum's `IntoResponse` impl. [`print()`] prints
//! the module's head and then each item: by the quick layouts of
//! [`super::plain_items`], [`super::plain_impls`] and [`value_item`] (uses,
//! statics, the request macro) where they take it (with the module's
//! indentation taken from the margin), else by `prettyplease`, inside a
//! module of its own so that it is indented and broken as it is in the real
//! one. Like the quick layouts, every debug build holds it to
//! `prettyplease`'s text.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;

use super::plain_impls::line;
use super::plain_items::{MARGIN, attributes};

/// How far an item of a module is indented.
const INDENT: usize = 4;

/// The text `prettyplease` prints for `tokens`, if they are one module
/// (`pub mod name { items }`, with outer attributes) whose items can each
/// be printed apart (any of them can, but for a macro of statements).
pub(super) fn print(tokens: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = String::with_capacity(4096);
    let at = attributes(&trees, "", &mut out)?;
    let [TokenTree::Ident(public), TokenTree::Ident(module), TokenTree::Ident(name), TokenTree::Group(body)] = &trees[at..] else {
        return None;
    };
    if public != "pub" || module != "mod" || body.delimiter() != Delimiter::Brace {
        return None;
    }
    let inner: Vec<TokenTree> = body.stream().into_iter().collect();
    if inner.is_empty() {
        return None;
    }
    out.push_str(&format!("pub mod {name} {{\n"));
    // A macro of statements is laid out as a whole file's item only.
    if (0..inner.len()).any(|i| is_macro_body(&inner, i)) {
        return None;
    }
    for item in split_items(&inner)? {
        let item: TokenStream = item.iter().cloned().collect();
        match super::quick_item(&item, MARGIN - INDENT) {
            Some(text) => {
                for line in text.lines() {
                    if !line.is_empty() {
                        out.push_str("    ");
                    }
                    out.push_str(line);
                    out.push('\n');
                }
            }
            None => out.push_str(&alone(item)?),
        }
    }
    out.push_str("}\n");
    Some(out)
}

/// A `use`, a `static` whose value is a struct or an array of plain
/// values, or a `read_request!` of the operation's parts, as `prettyplease`
/// prints it (and the request macro as [`super::lay_out_statement_macros`]
/// finishes it), with lines filled to `margin`.
pub(super) fn value_item(tokens: &TokenStream, margin: usize) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = String::new();
    let at = attributes(&trees, "", &mut out)?;
    let (TokenTree::Punct(semi), item) = trees[at..].split_last()? else { return None };
    if semi.as_char() != ';' {
        return None;
    }
    let words: Vec<String> =
        item.iter().take(2).filter_map(|t| if let TokenTree::Ident(w) = t { Some(w.to_string()) } else { None }).collect();
    let first = words.first()?.as_str();
    if first == "use" {
        out.push_str("use ");
        use_tree(&item[1..], &mut out)?;
        out.push_str(";\n");
    } else if first == "static" || (first == "pub" && words.get(1).is_some_and(|w| w == "static")) {
        static_item(item, margin, &mut out)?;
    } else {
        request_macro(item, margin, &mut out)?;
    }
    out.lines().all(|line| line.len() <= margin || line.starts_with("///")).then_some(out)
}

/// The path of a `use`: `a::b::*`, `a::{B, C}`.
fn use_tree(trees: &[TokenTree], out: &mut String) -> Option<()> {
    for tree in trees {
        match tree {
            TokenTree::Ident(word) => out.push_str(&word.to_string()),
            TokenTree::Punct(p) if matches!(p.as_char(), ':' | '*') => out.push(p.as_char()),
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                out.push('{');
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                for (i, part) in inner.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')).enumerate() {
                    if part.is_empty() {
                        return None;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    use_tree(part, out)?;
                }
                out.push('}');
            }
            _ => return None,
        }
    }
    Some(())
}

/// `pub static NAME: Type = value;`: on one line if it fits, else a struct
/// value one field a line (and a field's array one item a line), or an
/// array value one item a line.
fn static_item(item: &[TokenTree], margin: usize, out: &mut String) -> Option<()> {
    let eq =
        item.iter().position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '=' && p.spacing() == proc_macro2::Spacing::Alone))?;
    let (name, value) = (&item[..eq], &item[eq + 1..]);
    let mut one = String::new();
    line(name, &mut one)?;
    one.push_str(" = ");
    let head = one.clone();
    if line(value, &mut one).is_some() && one.len() < margin {
        out.push_str(&one);
        out.push_str(";\n");
        return Some(());
    }
    out.push_str(&head);
    match value {
        // `&[a, b]`
        [TokenTree::Punct(amp), TokenTree::Group(items)] if amp.as_char() == '&' && items.delimiter() == Delimiter::Bracket => {
            out.push_str("&[\n");
            listed(items, INDENT, margin, out)?;
            out.push_str("];\n");
        }
        // `Operation { a: b, ..Operation::NEW }`
        [path @ .., TokenTree::Group(fields)] if fields.delimiter() == Delimiter::Brace && !path.is_empty() => {
            line(path, out)?;
            out.push_str(" {\n");
            let fields: Vec<TokenTree> = fields.stream().into_iter().collect();
            let mut rest = fields.as_slice();
            while !rest.is_empty() {
                let end = super::plain_items::top_level_comma(rest).unwrap_or(rest.len());
                let field = &rest[..end];
                rest = rest.get(end + 1..).unwrap_or_default();
                let last = rest.is_empty();
                match field {
                    // `..Operation::NEW`, last and without a comma.
                    [TokenTree::Punct(a), TokenTree::Punct(b), base @ ..] if a.as_char() == '.' && b.as_char() == '.' => {
                        if !last {
                            return None;
                        }
                        let mut text = String::from("    ..");
                        line(base, &mut text)?;
                        (text.len() <= margin).then_some(())?;
                        out.push_str(&text);
                        out.push('\n');
                    }
                    _ => {
                        let mut text = String::from("    ");
                        line(field, &mut text)?;
                        if text.len() + usize::from(!last) <= margin {
                            out.push_str(&text);
                            out.push_str(",\n");
                            continue;
                        }
                        // `name: &[items]`, one item a line.
                        let [TokenTree::Ident(key), TokenTree::Punct(colon), TokenTree::Punct(amp), TokenTree::Group(items)] = field else {
                            return None;
                        };
                        if colon.as_char() != ':' || amp.as_char() != '&' || items.delimiter() != Delimiter::Bracket {
                            return None;
                        }
                        out.push_str(&format!("    {key}: &[\n"));
                        listed(items, 2 * INDENT, margin, out)?;
                        out.push_str("    ],\n");
                    }
                }
            }
            out.push_str("};\n");
        }
        _ => return None,
    }
    Some(())
}

/// An array's items, one a line at `indent` (the last one's comma is only
/// written once the array is broken, so it does not count).
fn listed(items: &proc_macro2::Group, indent: usize, margin: usize, out: &mut String) -> Option<()> {
    let items: Vec<TokenTree> = items.stream().into_iter().collect();
    let mut rest = items.as_slice();
    while !rest.is_empty() {
        let end = super::plain_items::top_level_comma(rest).unwrap_or(rest.len());
        let mut text = " ".repeat(indent);
        line(&rest[..end], &mut text)?;
        rest = rest.get(end + 1..).unwrap_or_default();
        if text.len() + usize::from(!rest.is_empty()) > margin {
            return None;
        }
        out.push_str(&text);
        out.push_str(",\n");
    }
    Some(())
}

/// `oapi_axum_runtime::read_request!(Request { path, body: json });`
fn request_macro(item: &[TokenTree], margin: usize, out: &mut String) -> Option<()> {
    let (TokenTree::Group(args), path) = item.split_last()? else { return None };
    let (TokenTree::Punct(bang), path) = path.split_last()? else { return None };
    if bang.as_char() != '!' || args.delimiter() != Delimiter::Parenthesis {
        return None;
    }
    let args: Vec<TokenTree> = args.stream().into_iter().collect();
    let [TokenTree::Ident(name), TokenTree::Group(fields)] = args.as_slice() else { return None };
    if fields.delimiter() != Delimiter::Brace {
        return None;
    }
    let start = out.len();
    line(path, out)?;
    out.push_str(&format!("!({name} {{"));
    let fields: Vec<TokenTree> = fields.stream().into_iter().collect();
    if !fields.is_empty() {
        out.push(' ');
        line(&fields, out)?;
        out.push(' ');
    }
    out.push_str("});");
    // `prettyplease` lays a macro's tokens out as `body : json` (which
    // `lay_out_statement_macros` then closes up): that is the width that
    // decides whether it breaks the line.
    let colons = fields.iter().filter(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ':')).count();
    if out.len() - start + colons > margin {
        return None;
    }
    out.push('\n');
    Some(())
}

/// An item printed by `prettyplease` in a module of its own, without the
/// module's first and last lines.
fn alone(item: TokenStream) -> Option<String> {
    let module = Ident::new("alone", Span::call_site());
    let file: syn::File = syn::parse2(quote! { mod #module { #item } }).ok()?;
    let text = super::lay_out_statement_macros(&prettyplease::unparse(&file));
    let body = text.strip_prefix("mod alone {\n")?.strip_suffix("}\n")?;
    Some(body.to_owned())
}

/// The items of a module's body (or of a file): each ends with a `;` or,
/// for those that have one, with their body in braces.
pub(super) fn split_items(trees: &[TokenTree]) -> Option<Vec<&[TokenTree]>> {
    let mut items = Vec::new();
    let mut start = 0;
    for (i, tree) in trees.iter().enumerate() {
        let ends = match tree {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => is_macro_body(trees, i) || has_body(&trees[start..i]),
            _ => false,
        };
        if ends {
            items.push(&trees[start..=i]);
            start = i + 1;
        }
    }
    (start == trees.len()).then_some(items)
}

/// Whether the tree at `at` is the braces of a macro item (`name! { .. }`).
fn is_macro_body(trees: &[TokenTree], at: usize) -> bool {
    matches!(&trees[at], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)
        && matches!(at.checked_sub(1).map(|j| &trees[j]), Some(TokenTree::Punct(p)) if p.as_char() == '!')
}

/// Whether the item that starts with `head` ends with a body in braces: a
/// struct, enum, union, trait, impl, module or function, not a `static` or
/// `use` (whose braces are a value or a list, followed by a `;`).
fn has_body(head: &[TokenTree]) -> bool {
    let words = head.iter().filter_map(|t| match t {
        TokenTree::Ident(word) => Some(word.to_string()),
        _ => None,
    });
    for word in words {
        match word.as_str() {
            "pub" | "crate" | "const" | "unsafe" | "async" | "extern" => {}
            "struct" | "enum" | "union" | "trait" | "impl" | "mod" | "fn" => return true,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::plain_items::tests::prettyplease;
    use super::*;

    #[test]
    fn modules_are_printed_item_by_item_as_prettyplease_prints_them() {
        let tokens = quote! {
            #[doc = " `GET /v1/charges/{charge}/refunds`."]
            pub mod get_charges_charge_refunds {
                use oapi_axum_runtime::support::prelude::*;
                use super::super::models;
                #[doc = " The operation."]
                pub static OPERATION: Operation = Operation {
                    id: "GetChargesChargeRefunds",
                    method: Method::GET,
                    path: "/v1/charges/{charge}/refunds",
                    parameters: &[Parameter::path("charge"), Parameter::query("ending_before"), Parameter::query("expand").array(ArrayStyle::Comma)],
                    ..Operation::NEW
                };
                #[derive(Debug)]
                pub struct Request {
                    pub path: Valid<models::GetChargesChargeRefundsPathWithAVeryLongNameThatBreaks>,
                    pub context: Context,
                }
                oapi_axum_runtime::read_request!(Request { path, body: form_if_sent });
                #[derive(Debug)]
                pub enum Response {
                    Ok(models::ChargeRefunds),
                    Default(StatusCode, models::Error),
                }
                impl IntoResponse for Response {
                    fn into_response(self) -> HttpResponse {
                        match self {
                            Self::Ok(body) => response::json(StatusCode::OK, &body),
                            Self::Default(status, body) => response::json(status, &body),
                        }
                    }
                }
            }
        };
        let expected = super::super::lay_out_statement_macros(&prettyplease(tokens.clone()));
        assert_eq!(print(&tokens).as_deref(), Some(expected.as_str()));
    }

    #[test]
    fn statics_are_printed_as_prettyplease_prints_them() {
        let items = [
            quote! {
                #[doc = " Every operation, in the order of the API description."]
                pub static OPERATIONS: &[&Operation] = &[&get_account::OPERATION, &post_account_links::OPERATION, &post_account_sessions::OPERATION];
            },
            quote! { pub static OPERATIONS: &[&Operation] = &[&get_account::OPERATION]; },
            quote! {
                pub static DEFAULT_SECURITY: &[&[Requirement]] = &[&[Requirement::new(&BASIC_AUTH)], &[Requirement::new(&BEARER_AUTH)]];
            },
            quote! { use oapi_axum_runtime::{Answer, AuthError}; },
        ];
        for tokens in items {
            let expected = prettyplease(tokens.clone());
            assert_eq!(value_item(&tokens, MARGIN).as_deref(), Some(expected.as_str()), "{tokens}");
        }
        // A struct in a field: declined.
        let nested = quote! {
            pub static API_KEY: SecurityScheme = SecurityScheme { name: "API Key", kind: SchemeKind::ApiKey { location: Location::Header, name: "X-API-Key" } };
        };
        assert_eq!(value_item(&nested, MARGIN), None);
        // A request macro is as wide as `prettyplease` spaces it
        // (`body : json`) before its colons are closed up.
        let request = quote! { oapi_axum_runtime::read_request!(Request { path, cookies, body: multipart_if_sent }); };
        let expected = super::super::lay_out_statement_macros(&prettyplease(request.clone()));
        assert_eq!(value_item(&request, MARGIN).as_deref(), Some(expected.as_str()));
        assert_eq!(value_item(&request, 85), None);
    }

    #[test]
    fn a_module_with_a_macro_of_statements_is_declined() {
        assert_eq!(print(&quote! { pub mod routes { api_routes! { a; b; } } }), None);
        assert_eq!(print(&quote! { mod private { pub struct A {} } }), None);
    }
}
