//! Impls of plain statements printed straight from their tokens.
//!
//! A `Validate` impl is a function of statements that each fit on a line:
//! calls (`check::max_length(&self.id, 5000, &at.key("id"), violations);`),
//! `let`s, `if let` and `for` blocks of more of the same, and `match`es
//! whose arms are such calls. [`print()`] lays such an impl out as
//! `prettyplease` does, and declines (`None`) anything else: a closure, a
//! block in a `match` arm, an `else`, a macro, an operator other than unary
//! `&` and `-`, a line long enough that `prettyplease` would break it (but
//! for a call by path, which it breaks one argument a line). Like
//! [`super::plain_items`], every debug build holds it to `prettyplease`'s
//! text.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

use super::plain_items::{attributes, parse_ty, top_level_comma};

/// The text `prettyplease` prints for `tokens`, if they are one impl or
/// trait of associated types and functions of plain statements, with lines
/// filled to `margin`.
pub(super) fn print(tokens: &TokenStream, margin: usize) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut out = String::with_capacity(trees.len() * 16);
    let at = attributes(&trees, "", &mut out)?;
    let (TokenTree::Group(body), head) = trees[at..].split_last()? else { return None };
    let Some(TokenTree::Ident(first)) = head.first() else { return None };
    if body.delimiter() != Delimiter::Brace {
        return None;
    }
    if first == "impl" {
        out.push_str("impl");
        // `impl<'de> Deserialize<'de> for ...`: the parameters, then the rest.
        let mut head = &head[1..];
        if matches!(head.first(), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
            let close = head.iter().position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '>'))?;
            out.push('<');
            line(&head[1..close], &mut out)?;
            out.push('>');
            head = &head[close + 1..];
        }
        if head.is_empty() {
            return None;
        }
        out.push(' ');
        line(head, &mut out)?;
    } else {
        // `pub trait Api: Send + Sync + 'static`.
        let keyword = head.iter().position(|t| matches!(t, TokenTree::Ident(word) if word == "trait"))?;
        if !head[..keyword].iter().all(|t| matches!(t, TokenTree::Ident(word) if word == "pub")) {
            return None;
        }
        line(head, &mut out)?;
    }
    out.push_str(" {\n");
    let items: Vec<TokenTree> = body.stream().into_iter().collect();
    members(&items, margin, &mut out)?;
    out.push_str("}\n");
    out.lines().all(|line| line.len() <= margin || line.trim_start().starts_with("///") || unbreakable(line)).then_some(out)
}

/// A line `prettyplease` has nowhere to break: a path, or a name and a
/// path (`request: a_very_long_operation_name::Request,`).
fn unbreakable(line: &str) -> bool {
    let path = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
    let text = line.trim_start();
    let text = text.strip_suffix(',').unwrap_or(text);
    match text.split_once(": ") {
        Some((name, ty)) => path(name) && path(ty),
        None => path(text),
    }
}

/// The items of an impl or trait, 4 columns in: associated types and
/// constants (`type Principal: Send;`), and functions with or without a
/// body.
fn members(items: &[TokenTree], margin: usize, out: &mut String) -> Option<()> {
    let mut at = 0;
    while at < items.len() {
        at += attributes(&items[at..], "    ", out)?;
        // Up to its `;` or its body, whichever comes first.
        let end = at
            + items[at..].iter().position(|t| match t {
                TokenTree::Punct(p) => p.as_char() == ';',
                TokenTree::Group(g) => g.delimiter() == Delimiter::Brace,
                _ => false,
            })?;
        let head = &items[at..end];
        let is_fn = head.iter().any(|t| matches!(t, TokenTree::Ident(word) if word == "fn"));
        match &items[end] {
            TokenTree::Punct(_) if is_fn => signature(head, ";", margin, out)?,
            TokenTree::Punct(_) => {
                out.push_str("    ");
                line(head, out)?;
                out.push_str(";\n");
            }
            TokenTree::Group(body) if is_fn => {
                let statements: Vec<TokenTree> = body.stream().into_iter().collect();
                if statements.is_empty() {
                    signature(head, " {}", margin, out)?;
                } else {
                    signature(head, " {", margin, out)?;
                    block(&statements, (8, margin), out)?;
                    out.push_str("    }\n");
                }
            }
            _ => return None,
        }
        at = end + 1;
    }
    Some(())
}

/// A function's signature and `tail` (`;`, ` {`), 4 columns in: on one
/// line if it fits, else its parameters one a line, as `prettyplease`
/// breaks them.
fn signature(head: &[TokenTree], tail: &str, margin: usize, out: &mut String) -> Option<()> {
    if head.iter().any(|t| matches!(t, TokenTree::Ident(word) if word == "where")) {
        return None;
    }
    let mut one = String::from("    ");
    line(head, &mut one)?;
    one.push_str(tail);
    if one.len() <= margin {
        out.push_str(&one);
        out.push('\n');
        return Some(());
    }
    // The parameters: the group after the name (or its generic parameters).
    let open = head.iter().position(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis))?;
    let after_name = match open.checked_sub(1).map(|i| &head[i]) {
        Some(TokenTree::Ident(_)) => true,
        Some(TokenTree::Punct(p)) => p.as_char() == '>',
        _ => false,
    };
    let TokenTree::Group(params) = &head[open] else { return None };
    if !after_name {
        return None;
    }
    let mut text = String::from("    ");
    line(&head[..open], &mut text)?;
    text.push_str("(\n");
    let params: Vec<TokenTree> = params.stream().into_iter().collect();
    let mut rest = params.as_slice();
    while !rest.is_empty() {
        let end = top_level_comma(rest).unwrap_or(rest.len());
        let mut param = String::from("        ");
        line(&rest[..end], &mut param)?;
        let last = end + 1 >= rest.len();
        // The last parameter's comma is only written once they are broken.
        if param.len() + usize::from(!last) > margin && !unbreakable(&param) {
            return None;
        }
        text.push_str(&param);
        text.push_str(",\n");
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    out.push_str(&text);
    // The return type, its generic arguments one a line if it does not fit.
    let mut close = String::from("    )");
    line(&head[open + 1..], &mut close)?;
    close.push_str(tail);
    if close.len() <= margin {
        out.push_str(&close);
        out.push('\n');
        return Some(());
    }
    let returns = &head[open + 1..];
    let arrow = matches!(returns, [TokenTree::Punct(minus), TokenTree::Punct(more), ..] if minus.as_char() == '-' && more.as_char() == '>');
    if !arrow {
        return None;
    }
    let (prefix, ty) = match &returns[2..] {
        [TokenTree::Ident(word), ty @ ..] if word == "impl" => (") -> impl ", ty),
        ty => (") -> ", ty),
    };
    let ty = parse_ty(ty)?;
    ty.lay_out((4, margin), (prefix, tail, true), out);
    Some(())
}

/// The statements of a block, each on its line at `indent`; `if` and
/// `if let` blocks (without `else`) hold more of them.
fn block(trees: &[TokenTree], (indent, margin): (usize, usize), out: &mut String) -> Option<()> {
    let pad = " ".repeat(indent);
    let mut start = 0;
    let mut skip = None;
    for (i, tree) in trees.iter().enumerate() {
        if skip == Some(i) {
            continue;
        }
        match tree {
            TokenTree::Punct(p) if p.as_char() == ';' => {
                if start == i {
                    return None;
                }
                statement(&trees[start..i], (&pad, margin), out)?;
                start = i + 1;
            }
            // `let Some(x) = y else { return };`, on one line.
            TokenTree::Group(g)
                if g.delimiter() == Delimiter::Brace
                    && matches!(trees.get(start), Some(TokenTree::Ident(word)) if word == "let")
                    && matches!(i.checked_sub(1).map(|j| &trees[j]), Some(TokenTree::Ident(word)) if word == "else") =>
            {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let semi = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ';');
                if inner.is_empty() || !semi || inner.iter().any(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';')) {
                    return None;
                }
                out.push_str(&pad);
                line(&trees[start..i], out)?;
                out.push_str(" { ");
                line(&inner, out)?;
                out.push_str(" };\n");
                // The `;` is written: the next statement starts after it.
                start = i + 2;
                skip = Some(i + 1);
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                // An `if`, `if let` or `for` statement's block, or a
                // `match`'s arms.
                let Some(TokenTree::Ident(word)) = trees.get(start) else { return None };
                let word = word.to_string();
                if !matches!(word.as_str(), "if" | "for" | "match") {
                    return None;
                }
                if matches!(trees.get(i + 1), Some(TokenTree::Ident(word)) if word == "else") {
                    return None;
                }
                out.push_str(&pad);
                line(&trees[start..i], out)?;
                out.push_str(" {\n");
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                if inner.is_empty() {
                    return None;
                }
                if word == "match" {
                    arms(&inner, indent + 4, out)?;
                } else {
                    block(&inner, (indent + 4, margin), out)?;
                }
                out.push_str(&pad);
                out.push_str("}\n");
                start = i + 1;
            }
            _ => {}
        }
    }
    // A value the block ends with, without `;`.
    if start < trees.len() {
        out.push_str(&pad);
        line(&trees[start..], out)?;
        out.push('\n');
    }
    Some(())
}

/// A `match`'s arms (`pattern => value,`), each on its line at `indent`;
/// an arm whose value is a block is declined.
fn arms(trees: &[TokenTree], indent: usize, out: &mut String) -> Option<()> {
    let pad = " ".repeat(indent);
    let mut start = 0;
    for (i, tree) in trees.iter().enumerate() {
        let last = i + 1 == trees.len();
        let comma = matches!(tree, TokenTree::Punct(p) if p.as_char() == ',');
        if !(comma || last) {
            continue;
        }
        let arm = &trees[start..if comma { i } else { i + 1 }];
        if arm.is_empty() || arm.iter().any(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace)) {
            return None;
        }
        out.push_str(&pad);
        line(arm, out)?;
        out.push_str(",\n");
        start = i + 1;
    }
    Some(())
}

/// A statement and its `;` at `pad`: on one line if it fits, else, for a
/// call of a function by its path, one argument a line, as `prettyplease`
/// breaks a call that does not fit.
fn statement(trees: &[TokenTree], (pad, margin): (&str, usize), out: &mut String) -> Option<()> {
    let mut one = String::with_capacity(margin);
    one.push_str(pad);
    line(trees, &mut one)?;
    one.push_str(";\n");
    if one.len() <= margin + 1 {
        out.push_str(&one);
        return Some(());
    }
    let (TokenTree::Group(args), callee) = trees.split_last()? else { return None };
    let is_path = callee.iter().all(|t| match t {
        TokenTree::Ident(_) => true,
        TokenTree::Punct(p) => p.as_char() == ':',
        _ => false,
    });
    if !is_path || callee.is_empty() || args.delimiter() != Delimiter::Parenthesis {
        return None;
    }
    out.push_str(pad);
    line(callee, out)?;
    out.push_str("(\n");
    let args: Vec<TokenTree> = args.stream().into_iter().collect();
    let args: Vec<&[TokenTree]> = args.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')).collect();
    for (i, arg) in args.iter().enumerate() {
        if arg.is_empty() {
            return None;
        }
        let mut text = format!("{pad}    ");
        line(arg, &mut text)?;
        // An argument that does not fit either would be broken again (the
        // last one's comma is only written once the call is broken, so it
        // does not count).
        if text.len() + usize::from(i + 1 < args.len()) > margin {
            return None;
        }
        text.push_str(",\n");
        out.push_str(&text);
    }
    out.push_str(pad);
    out.push_str(");\n");
    Some(())
}

/// Words after which a group is spaced off: what follows them is not the
/// arguments of a call.
const KEYWORDS: &[&str] = &["for", "in", "if", "let", "match", "return", "while"];

/// What the last token written was, which decides the space before the next.
#[derive(Clone, Copy, PartialEq)]
enum Before {
    /// Nothing, an opening delimiter, a `, ` or an operator with its spaces.
    Open,
    /// A word, a literal or a closed group.
    Word,
    /// `.`, `::`, unary `&` or `-`, or a lifetime's `'`: nothing follows a space.
    Joined,
}

/// One line's worth of tokens (a statement without its `;`, a signature,
/// an `if let` head) spaced as `prettyplease` spaces them.
pub(super) fn line(trees: &[TokenTree], out: &mut String) -> Option<()> {
    let mut before = Before::Open;
    // Open `<`s of generic arguments, and whether each word so far could
    // start a type (`At<'_>`, `check::holds::<Card>`).
    let mut angles = 0usize;
    let mut type_like = false;
    // The word just written, if the last token was one.
    let mut last_word: Option<String> = None;
    // Whether the word before the last was `fn`.
    let mut fn_before = false;
    let mut i = 0;
    while i < trees.len() {
        let next = trees.get(i + 1);
        let previous_word = last_word.take();
        // The name of a function, whose generic parameters may follow.
        let names_fn = previous_word.is_some() && fn_before;
        fn_before = previous_word.as_deref() == Some("fn") && matches!(trees[i], TokenTree::Ident(_));
        match &trees[i] {
            TokenTree::Ident(ident) => {
                if before == Before::Word {
                    out.push(' ');
                }
                let text = ident.to_string();
                type_like = text.starts_with(|c: char| c.is_ascii_uppercase());
                out.push_str(&text);
                before = Before::Word;
                last_word = Some(text);
            }
            TokenTree::Literal(literal) => {
                if before == Before::Word {
                    return None;
                }
                out.push_str(&literal.to_string());
                before = Before::Word;
                type_like = false;
            }
            TokenTree::Punct(p) => {
                let joint_with = |c: char| p.spacing() == Spacing::Joint && matches!(next, Some(TokenTree::Punct(n)) if n.as_char() == c);
                match p.as_char() {
                    ',' if i + 1 < trees.len() => {
                        out.push_str(", ");
                        before = Before::Open;
                    }
                    '.' if !joint_with('.') && before == Before::Word => {
                        out.push('.');
                        before = Before::Joined;
                    }
                    ':' if joint_with(':') => {
                        out.push_str("::");
                        i += 1;
                        before = Before::Joined;
                    }
                    ':' if p.spacing() == Spacing::Alone && before == Before::Word => {
                        out.push_str(": ");
                        before = Before::Open;
                    }
                    '&' if before != Before::Word && !joint_with('&') => {
                        out.push('&');
                        before = Before::Joined;
                    }
                    '-' if joint_with('>') => {
                        out.push_str(" -> ");
                        i += 1;
                        before = Before::Open;
                    }
                    '-' if before == Before::Open => {
                        out.push('-');
                        before = Before::Joined;
                    }
                    '=' if joint_with('>') && before == Before::Word => {
                        out.push_str(" => ");
                        i += 1;
                        before = Before::Open;
                    }
                    '=' if p.spacing() == Spacing::Alone && before == Before::Word => {
                        out.push_str(" = ");
                        before = Before::Open;
                    }
                    '\'' if p.spacing() == Spacing::Joint => {
                        if before == Before::Word {
                            out.push(' ');
                        }
                        out.push('\'');
                        before = Before::Joined;
                    }
                    '<' if (before == Before::Word && (type_like || names_fn)) || out.ends_with("::") => {
                        out.push('<');
                        angles += 1;
                        before = Before::Open;
                    }
                    '+' if p.spacing() == Spacing::Alone && before == Before::Word => {
                        out.push_str(" + ");
                        before = Before::Open;
                    }
                    '?' if before == Before::Word => {
                        out.push('?');
                        before = Before::Word;
                    }
                    '>' if angles > 0 => {
                        out.push('>');
                        angles -= 1;
                        before = Before::Word;
                    }
                    _ => return None,
                }
                if p.as_char() != '\'' {
                    type_like = false;
                }
            }
            TokenTree::Group(group) => {
                // A keyword's pattern or value (`for (item, at) in`), not a
                // call's arguments.
                if before == Before::Word && previous_word.as_deref().is_some_and(|word| KEYWORDS.contains(&word)) {
                    out.push(' ');
                }
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ('(', ')'),
                    Delimiter::Bracket => ('[', ']'),
                    _ => return None,
                };
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                out.push(open);
                if !inner.is_empty() {
                    line(&inner, out)?;
                }
                out.push(close);
                before = Before::Word;
                type_like = false;
            }
        }
        i += 1;
    }
    (angles == 0).then_some(())
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::super::plain_items::MARGIN;
    use super::super::plain_items::tests::prettyplease;
    use super::*;

    #[test]
    fn plain_impls_are_laid_out_as_prettyplease_lays_them_out() {
        let items = [
            quote! {
                impl Validate for Address {
                    fn validate_at(&self, at: &At<'_>, violations: &mut Violations) {
                        check::max_length(&self.city, 5000, &at.key("city"), violations);
                        if let Some(value) = &self.line2 {
                            check::minimum(value, -5, false, &at.key("line2"), violations);
                        }
                        let json = check::json(self);
                        check::holds::<Card>(&json);
                        self.tags.validate_at(&at.key("tags"), violations);
                        check::enumeration(&self.kind, &["a", "b"], at, violations);
                        check::domain(&self.kind, at, violations);
                        for (item, at) in at.key("expand").items(&self.expand) {
                            check::max_length(item, 5000, &at, violations);
                        }
                        match self {
                            Self::String(value) => check::max_length(value, 5000, at, violations),
                            Self::Fee(value) => value.validate_at(at, violations),
                        }
                        check::pattern(&self.url, &GET_CHARGES_RESPONSE_URL_PATTERN, &at.key("url"), violations);
                        if let Some(value) = &self.statement_descriptor {
                            check::max_length(value, 5000, &at.key("statement_descriptor_suffix"), violations);
                        }
                    }
                }
            },
            quote! {
                impl Kind {
                    #[doc = " The value."]
                    pub const fn as_str(self) -> &'static str { self.0 }
                    fn nothing() {}
                }
            },
            quote! {
                impl ReadErrors for BasicAuthUserPatch {
                    fn read_errors(value: &Value, at: &At<'_>, violations: &mut Violations) {
                        let Some(mut object) = read::object(value, at, violations) else { return };
                        object.optional::<Maybe<String>>("password");
                    }
                    fn reads() -> Reads {
                        Reads::Members(&[("full_name", Reads::whole), ("password", Reads::whole)])
                    }
                }
            },
            quote! {
                impl<'de> Deserialize<'de> for Source {
                    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        let (tag, value) = discriminator::discriminated(deserializer, "type")?;
                        match tag.as_str() {
                            "app" => discriminator::variant(value).map(Self::App),
                            other => Err(serde::de::Error::unknown_variant(other, &["app"])),
                        }
                    }
                }
            },
            quote! {
                #[doc = " What an implementation provides."]
                pub trait Api: Send + Sync + 'static {
                    #[doc = " Who a request comes from."]
                    type Principal: Send + 'static;
                    fn authenticate(&self, credentials: Credentials, request: &Incoming<'_>) -> impl Answer<Self::Principal, AuthError>;
                    fn reject(&self, rejection: Rejection) -> Response {
                        response::problem_response(&rejection)
                    }
                    fn get_account(&self, request: get_account::Request) -> impl Answer<get_account::Response, Self::Error>;
                    fn post_v1_platform_orgs_current_access_policies_roles_role_id_access_policies(
                        &self,
                        request: post_v1_platform_orgs_current_access_policies_roles_role_id_access_policies::Request
                    ) -> impl Answer<post_v1_platform_orgs_current_access_policies_roles_role_id_access_policies::Response, Self::Error>;
                    fn list_ttl_settings(&self, request: list_ttl_settings::Request) -> impl Answer<list_ttl_settings_api_v1_orgs_ttl_settings_get::Response, Self::Error>;
                }
            },
            quote! {
                impl<A: Api> Service for Served<A> {
                    type Principal = A::Principal;
                    fn authenticate(&self, credentials: Credentials, incoming: &Incoming<'_>) -> impl Answer<A::Principal, AuthError> {
                        self.0.authenticate(credentials, incoming)
                    }
                }
            },
            quote! {
                impl std::fmt::Display for Kind {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(self.as_str())
                    }
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
            quote! { impl Validate for X { fn validate_at(&self) { let Some(x) = y else { return; }; } } },
            quote! { impl Validate for X { fn validate_at(&self) { match self { Self::A => { a(); } } } } },
            quote! { impl Validate for X { fn validate_at(&self) { check::branches(|violations| a(violations)); } } },
            quote! { impl Validate for X { fn validate_at(&self) { if a { b(); } else { c(); } } } },
            quote! { impl Validate for X { fn validate_at(&self) { check::rules(&check::Rules { min: 1 }); } } },
            quote! { impl Validate for X { fn validate_at(&self) { if self.a > 5 { b(); } } } },
            quote! { impl Validate for X { fn validate_at(&self) { oapi_axum_runtime::nothing!(X); } } },
            // `prettyplease` would break this method call's chain.
            quote! { impl Validate for X { fn validate_at(&self) {
                self.a_field_with_quite_a_long_name.validate_at(&at.key("a_field_with_quite_a_long_name"), violations);
            } } },
            // And this argument, which does not fit on a line of its own.
            quote! { impl Validate for X { fn validate_at(&self) {
                check::max_length(&self.a_field_with_quite_a_long_name, 5000, &at.key("a_field_with_quite_a_long_name").key("and_then_some").key("and_more_still"), violations);
            } } },
        ];
        for tokens in items {
            assert_eq!(print(&tokens, MARGIN), None, "{tokens}");
        }
    }
}
