//! Modules printed item by item.
//!
//! An operation's module holds a handful of items: its `Operation` static,
//! its `Request` struct, its `Response` enum and that enum's
//! `IntoResponse` impl. [`print`] prints the module's head and then each
//! item: by the quick layouts of [`super::plain_items`] and
//! [`super::plain_impls`] where they take it (with the module's indentation
//! taken from the margin), else by `prettyplease`, inside a module of its
//! own so that it is indented and broken as it is in the real one. Like the
//! quick layouts, every debug build holds it to `prettyplease`'s text.

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::quote;

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
        match super::plain_items::print(&item, MARGIN - INDENT).or_else(|| super::plain_impls::print(&item, MARGIN - INDENT)) {
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
        let expected = super::super::lay_out_statement_macros(&prettyplease::unparse(&syn::parse2(tokens.clone()).unwrap()));
        assert_eq!(print(&tokens).as_deref(), Some(expected.as_str()));
    }

    #[test]
    fn a_module_with_a_macro_of_statements_is_declined() {
        assert_eq!(print(&quote! { pub mod routes { api_routes! { a; b; } } }), None);
        assert_eq!(print(&quote! { mod private { pub struct A {} } }), None);
    }
}
