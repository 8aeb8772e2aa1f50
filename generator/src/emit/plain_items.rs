//! Plain data items printed straight from their tokens.
//!
//! Most of what a large document emits is declarations of data: structs
//! whose fields have doc comments, one `serde` attribute and a type made of
//! paths and generics; newtypes; type aliases; enums whose variants hold a
//! type or nothing. Parsing each into a `syn` tree and printing it with
//! `prettyplease` was most of emit's time. [`print()`] lays such an item out
//! as `prettyplease` does, and declines (`None`) anything else: a function
//! body, a generic parameter, a literal in a type, a line long enough that
//! `prettyplease` might break it. The tests hold it to `prettyplease`'s
//! text for every plain item of every document they generate.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// The longest line printed here: `prettyplease` fills lines to a margin
/// of 89 columns and breaks a longer one where it can.
pub(super) const MARGIN: usize = 89;

/// The text `prettyplease` prints for `tokens`, if they are one plain data
/// item: outer attributes, then `pub struct`, `pub enum` or `pub type`;
/// lines are filled to `margin` (an item inside a module has 4 columns
/// less, which are put before each line after).
pub(super) fn print(tokens: &TokenStream, margin: usize) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = String::with_capacity(trees.len() * 12);
    let mut at = attributes(&trees, "", &mut out)?;
    keyword(trees.get(at)?, "pub")?;
    let kind = ident(trees.get(at + 1)?)?;
    let name = ident(trees.get(at + 2)?)?;
    at += 3;
    match (kind.as_str(), trees.get(at), trees.get(at + 1)) {
        ("struct", Some(TokenTree::Group(body)), None) if body.delimiter() == Delimiter::Brace => {
            out.push_str(&format!("pub struct {name} {{"));
            members(&body.stream(), Member::Field, margin, &mut out)?;
        }
        ("enum", Some(TokenTree::Group(body)), None) if body.delimiter() == Delimiter::Brace => {
            out.push_str(&format!("pub enum {name} {{"));
            members(&body.stream(), Member::Variant, margin, &mut out)?;
        }
        ("struct", Some(TokenTree::Group(fields)), Some(TokenTree::Punct(semi)))
            if fields.delimiter() == Delimiter::Parenthesis && semi.as_char() == ';' && at + 2 == trees.len() =>
        {
            let fields: Vec<TokenTree> = fields.stream().into_iter().collect();
            keyword(fields.first()?, "pub")?;
            let line = format!("pub struct {name}(pub {});\n", ty(&fields[1..])?);
            (line.len() <= margin + 1).then_some(())?;
            out.push_str(&line);
        }
        ("type", Some(TokenTree::Punct(eq)), _) if eq.as_char() == '=' => {
            let (semi, rest) = trees[at + 1..].split_last()?;
            let TokenTree::Punct(semi) = semi else { return None };
            (semi.as_char() == ';').then_some(())?;
            let line = format!("pub type {name} = {};\n", ty(rest)?);
            (line.len() <= margin + 1).then_some(())?;
            out.push_str(&line);
        }
        _ => return None,
    }
    fits(&out, margin).then_some(out)
}

/// Whether `prettyplease` would leave the attributes as they are: within
/// the margin (it breaks a longer one). Types are laid out by
/// [`Ty::lay_out`]; heads, doc comments and unit variants cannot be broken.
fn fits(text: &str, margin: usize) -> bool {
    text.lines().all(|line| line.len() <= margin || !line.trim_start().starts_with("#["))
}

/// What the braces of an item hold.
#[derive(Clone, Copy, PartialEq)]
enum Member {
    /// `pub name: Type,`
    Field,
    /// `Name,` or `Name(Type),`
    Variant,
}

/// The members of a struct or enum, each on its line, then the closing
/// brace: `{}` when there are none.
fn members(body: &TokenStream, member: Member, margin: usize, out: &mut String) -> Option<()> {
    let trees: Vec<TokenTree> = body.clone().into_iter().collect();
    if trees.is_empty() {
        out.push_str("}\n");
        return Some(());
    }
    out.push('\n');
    let mut at = 0;
    while at < trees.len() {
        at += attributes(&trees[at..], "    ", out)?;
        out.push_str("    ");
        if member == Member::Field {
            keyword(trees.get(at)?, "pub")?;
            let name = ident(trees.get(at + 1)?)?;
            let TokenTree::Punct(colon) = trees.get(at + 2)? else { return None };
            (colon.as_char() == ':' && colon.spacing() == Spacing::Alone).then_some(())?;
            at += 3;
            let end = at + top_level_comma(&trees[at..])?;
            // The indentation is written: the type's layout starts after it.
            out.truncate(out.len() - 4);
            parse_ty(&trees[at..end])?.lay_out((4, margin), (&format!("pub {name}: "), ",", true), out);
            at = end + 1;
        } else {
            let name = ident(trees.get(at)?)?;
            at += 1;
            if let Some(TokenTree::Group(fields)) = trees.get(at) {
                (fields.delimiter() == Delimiter::Parenthesis).then_some(())?;
                let fields: Vec<TokenTree> = fields.stream().into_iter().collect();
                out.truncate(out.len() - 4);
                Ty::Tuple(parse_types(&fields)?).lay_out((4, margin), (&name, ",", true), out);
                at += 1;
            } else {
                out.push_str(&name);
                out.push_str(",\n");
            }
            let TokenTree::Punct(comma) = trees.get(at)? else { return None };
            (comma.as_char() == ',').then_some(())?;
            at += 1;
        }
    }
    out.push_str("}\n");
    Some(())
}

/// Where the first comma outside angle brackets is in `trees`.
pub(super) fn top_level_comma(trees: &[TokenTree]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, tree) in trees.iter().enumerate() {
        if let TokenTree::Punct(p) = tree {
            match p.as_char() {
                '<' => depth += 1,
                '>' => depth = depth.checked_sub(1)?,
                ',' if depth == 0 => return Some(i),
                _ => {}
            }
        }
    }
    None
}

/// The outer attributes at the start of `trees`, each on its line after
/// `indent`; how many trees they took.
pub(super) fn attributes(trees: &[TokenTree], indent: &str, out: &mut String) -> Option<usize> {
    let mut at = 0;
    while let (Some(TokenTree::Punct(hash)), Some(TokenTree::Group(group))) = (trees.get(at), trees.get(at + 1)) {
        if hash.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
            break;
        }
        out.push_str(indent);
        let inner: Vec<TokenTree> = group.stream().into_iter().collect();
        match inner.as_slice() {
            [TokenTree::Ident(doc), TokenTree::Punct(eq), TokenTree::Literal(text)] if doc == "doc" && eq.as_char() == '=' => {
                let text = string_value(text)?;
                // `prettyplease` writes these otherwise.
                if text.contains(['\n', '\r']) || text.starts_with('/') || text.ends_with(char::is_whitespace) {
                    return None;
                }
                out.push_str("///");
                out.push_str(&text);
            }
            _ => {
                out.push_str("#[");
                attribute_tokens(&inner, out)?;
                out.push(']');
            }
        }
        out.push('\n');
        at += 2;
    }
    Some(at)
}

/// The tokens of an attribute (`serde(default, rename = "a")`), spaced as
/// `prettyplease` spaces them.
fn attribute_tokens(trees: &[TokenTree], out: &mut String) -> Option<()> {
    let mut word_before = false;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) => {
                if word_before {
                    out.push(' ');
                }
                out.push_str(&ident.to_string());
                word_before = true;
            }
            TokenTree::Literal(literal) => {
                if word_before {
                    return None;
                }
                out.push_str(&literal.to_string());
                word_before = true;
            }
            TokenTree::Punct(p) => {
                match (p.as_char(), p.spacing()) {
                    (',', _) if i + 1 < trees.len() => out.push_str(", "),
                    ('=', Spacing::Alone) if word_before => out.push_str(" = "),
                    (':', Spacing::Joint) => out.push(':'),
                    (':', Spacing::Alone) if out.ends_with(':') => out.push(':'),
                    _ => return None,
                }
                word_before = false;
            }
            TokenTree::Group(group) if group.delimiter() == Delimiter::Parenthesis => {
                if !word_before {
                    return None;
                }
                out.push('(');
                attribute_tokens(&group.stream().into_iter().collect::<Vec<_>>(), out)?;
                out.push(')');
                word_before = true;
            }
            TokenTree::Group(_) => return None,
        }
    }
    Some(())
}

/// A type made of paths, generic arguments and tuples, on one line:
/// `Maybe<Vec<Uuid>>`, `std::collections::BTreeMap<String, f64>`,
/// `(i64, String)`, `()`.
fn ty(trees: &[TokenTree]) -> Option<String> {
    let mut out = String::new();
    parse_ty(trees)?.flat(&mut out);
    Some(out)
}

/// A type as a tree, to be broken over lines where it does not fit.
pub(super) enum Ty {
    /// `std::collections::BTreeMap<String, f64>`: a path, and the generic
    /// arguments of its last segment.
    Path(String, Vec<Ty>),
    /// `(i64, String)`, `()`.
    Tuple(Vec<Ty>),
}

impl Ty {
    /// The type on one line.
    fn flat(&self, out: &mut String) {
        let list = |items: &[Ty], out: &mut String| {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                item.flat(out);
            }
        };
        match self {
            Ty::Path(path, args) => {
                out.push_str(path);
                if !args.is_empty() {
                    out.push('<');
                    list(args, out);
                    out.push('>');
                }
            }
            Ty::Tuple(items) => {
                out.push('(');
                list(items, out);
                out.push(')');
            }
        }
    }

    /// The type between `prefix` and `suffix` at `indent`, as
    /// `prettyplease` lays it out: on one line if it fits, else its generic
    /// arguments (or a tuple's items) one a line, each laid out the same way.
    /// The comma after the last of those is only written when the list is
    /// broken, so it does not count towards the line's fitting (`counted`
    /// says whether `suffix` does).
    pub(super) fn lay_out(&self, (indent, margin): (usize, usize), (prefix, suffix, counted): (&str, &str, bool), out: &mut String) {
        let start = out.len();
        out.extend(std::iter::repeat_n(' ', indent));
        out.push_str(prefix);
        self.flat(out);
        let width = out.len() - start + if counted { suffix.len() } else { 0 };
        out.push_str(suffix);
        let (items, open, close) = match self {
            Ty::Path(_, args) if !args.is_empty() => (args, "<", ">"),
            Ty::Tuple(items) if !items.is_empty() => (items, "(", ")"),
            _ => (&Vec::new(), "", ""),
        };
        if width <= margin || items.is_empty() {
            out.push('\n');
            return;
        }
        out.truncate(start);
        let pad = " ".repeat(indent);
        out.push_str(&pad);
        out.push_str(prefix);
        if let Ty::Path(path, _) = self {
            out.push_str(path);
        }
        out.push_str(open);
        out.push('\n');
        for (i, item) in items.iter().enumerate() {
            item.lay_out((indent + 4, margin), ("", ",", i + 1 < items.len()), out);
        }
        out.push_str(&pad);
        out.push_str(close);
        out.push_str(suffix);
        out.push('\n');
    }
}

/// Types separated by commas (generic arguments, a tuple's items).
fn parse_types(trees: &[TokenTree]) -> Option<Vec<Ty>> {
    // A trailing comma (which a one-item tuple needs): declined.
    if matches!(trees.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
        return None;
    }
    let mut items = Vec::new();
    let mut rest = trees;
    while !rest.is_empty() {
        let end = top_level_comma(rest).unwrap_or(rest.len());
        items.push(parse_ty(&rest[..end])?);
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    Some(items)
}

/// One type: a path with generic arguments on its last segment, or a tuple.
pub(super) fn parse_ty(trees: &[TokenTree]) -> Option<Ty> {
    if let [TokenTree::Group(group)] = trees {
        (group.delimiter() == Delimiter::Parenthesis).then_some(())?;
        let inner: Vec<TokenTree> = group.stream().into_iter().collect();
        return Some(Ty::Tuple(parse_types(&inner)?));
    }
    let mut path = String::new();
    let mut word_before = false;
    for (i, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if !word_before => {
                path.push_str(&ident.to_string());
                word_before = true;
            }
            TokenTree::Punct(p) if p.as_char() == ':' => {
                path.push(':');
                word_before = false;
            }
            TokenTree::Punct(p) if p.as_char() == '<' && word_before => {
                // The arguments run to the last token, a `>`.
                let TokenTree::Punct(close) = trees.last()? else { return None };
                (close.as_char() == '>' && i + 1 < trees.len() - 1).then_some(())?;
                return Some(Ty::Path(path, parse_types(&trees[i + 1..trees.len() - 1])?));
            }
            _ => return None,
        }
    }
    (word_before && !path.ends_with(':')).then_some(Ty::Path(path, Vec::new()))
}

/// The value of a string literal: its text between the quotes when nothing
/// in it is escaped, else what `syn` reads.
fn string_value(literal: &proc_macro2::Literal) -> Option<String> {
    let text = literal.to_string();
    if let Some(plain) = text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).filter(|t| !t.contains('\\')) {
        return Some(plain.to_owned());
    }
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(text) => Some(text.value()),
        _ => None,
    }
}

fn ident(tree: &TokenTree) -> Option<String> {
    match tree {
        TokenTree::Ident(ident) => Some(ident.to_string()),
        _ => None,
    }
}

fn keyword(tree: &TokenTree, word: &str) -> Option<()> {
    matches!(tree, TokenTree::Ident(ident) if ident == word).then_some(())
}

#[cfg(test)]
pub(super) mod tests {
    use quote::quote;

    use super::*;

    /// What `prettyplease` prints for `tokens`, which the quick layouts
    /// are held to.
    pub(in super::super) fn prettyplease(tokens: TokenStream) -> String {
        prettyplease::unparse(&syn::parse2(tokens).unwrap())
    }

    #[test]
    fn plain_items_are_laid_out_as_prettyplease_lays_them_out() {
        let items = [
            quote! {
                #[doc = " A pet."]
                #[doc = ""]
                #[doc = " With `\"quotes\"` and \\ backslashes."]
                #[derive(Debug, Clone, PartialEq, serde::Serialize)]
                #[serde(rename_all = "camelCase")]
                pub struct Pet {
                    #[serde(default, skip_serializing_if = "Maybe::is_absent")]
                    pub name: Maybe<Vec<(i64, String)>>,
                    pub tags: std::collections::BTreeMap<String, ()>,
                }
            },
            quote! { pub struct Empty {} },
            quote! { #[serde(transparent)] pub struct Id(pub Uuid); },
            quote! { pub type Ids = Vec<Id>; },
            quote! { #[serde(untagged)] pub enum Either { Left(Box<Pet>), #[serde(rename = "r")] Right, } },
            quote! { pub struct Long { pub a_field_with_a_long_name: AVeryLongTypeNameThatNoBreakWillEverShortenAtAllInAnyWay, } },
            // Types broken over lines where they do not fit.
            quote! {
                pub struct Wide {
                    pub a_field_with_a_long_name: Option<AVeryLongTypeNameThatNeedsBreakingSomewhereToFitTheMargin>,
                    pub b: Maybe<Vec<AVeryLongTypeNameThatNeedsBreakingSomewhereToFitTheMarginOnceMore>>,
                    pub c: std::collections::BTreeMap<String, AVeryLongTypeNameThatNeedsBreakingSomewhereToFit>,
                    pub d: (AVeryLongTypeNameThatNeedsBreakingSomewhere, AVeryLongTypeNameThatNeedsBreakingSomewhere),
                    pub v: (Short, Vec<AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA>, Short),
                    pub w: (Short, Vec<AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA>),
                    // Broken over lines with a line still past the margin.
                    pub x: Option<Vec<BTreeMap<String, AVeryLongTypeNameThatNeedsBreakingSomewhereToFitTheMarginAndThenSomeMoreStill>>>,
                }
            },
            quote! {
                pub struct DictionaryComponentResponseOfint64AndDestinyStringVariablesComponent {
                    #[serde(default, skip_serializing_if = "Option::is_none", with = "not_null")]
                    pub data: Option<BTreeMap<String, DestinyComponentsStringVariablesDestinyStringVariablesComponent>>,
                }
            },
            quote! {
                pub enum WideVariants {
                    Short(Box<Pet>),
                    Long(Box<AVeryLongTypeNameThatNeedsBreakingSomewhereToFitTheMarginOnceMoreAndMore>),
                    Two(Option<AVeryLongTypeNameThatNeedsBreakingSomewhereToFitTheMargin>, u8),
                }
            },
        ];
        for tokens in items {
            assert_eq!(print(&tokens, MARGIN).as_deref(), Some(prettyplease(tokens.clone()).as_str()), "{tokens}");
        }
    }

    #[test]
    fn anything_else_is_declined() {
        let items = [
            quote! { impl Pet { fn name(&self) -> &str { &self.name } } },
            quote! { pub struct Generic<T> { pub t: T, } },
            quote! { pub struct Array { pub a: [u8; 4], } },
            // An attribute `prettyplease` would break over lines.
            quote! { pub struct Wide { #[serde(rename = "a-property-with-a-long-name", default, skip_serializing_if = "Option::is_none")] pub a: Option<u8>, } },
            quote! { #[doc = "/ starts with a slash"] pub struct Slash {} },
            quote! { pub struct Two {} pub struct Items {} },
        ];
        for tokens in items {
            assert_eq!(print(&tokens, MARGIN), None, "{tokens}");
        }
    }
}
