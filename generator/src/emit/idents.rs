//! Which names a token stream uses: what decides the `use` lines of a
//! generated module, so that it imports exactly what it names.

use std::collections::HashSet;

use proc_macro2::{TokenStream, TokenTree};

/// The identifiers of a token stream.
#[derive(Debug, Default)]
pub struct Used {
    /// Every identifier but those named through a path (`Self::Admin` names
    /// no type `Admin` in scope, nor does `std::collections::BTreeMap` name
    /// `BTreeMap`).
    names: HashSet<String>,
    /// Identifiers followed by `::`: modules and types used as paths.
    path_heads: HashSet<String>,
}

impl Used {
    /// Adds the identifiers of `tokens`.
    pub fn add(&mut self, tokens: &TokenStream) {
        self.walk(tokens);
    }

    fn walk(&mut self, tokens: &TokenStream) {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Ident(ident) => {
                    let colons = |at: usize| matches!((trees.get(at), trees.get(at + 1)), (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) if a.as_char() == ':' && b.as_char() == ':');
                    // `a::Name` names `Name` through `a`, not as an item in scope.
                    let in_path = i >= 2 && colons(i - 2);
                    if !in_path {
                        self.names.insert(ident.to_string());
                    }
                    if colons(i + 1) {
                        self.path_heads.insert(ident.to_string());
                    }
                }
                TokenTree::Group(group) => self.walk(&group.stream()),
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
        }
    }

    /// Whether `name` is used as the head of a path (`check::min_length`).
    pub fn as_path(&self, name: &str) -> bool {
        self.path_heads.contains(name)
    }

    /// Those of `names` that are used.
    pub fn among<'a>(&'a self, names: &'a HashSet<String>) -> impl Iterator<Item = &'a String> + 'a {
        self.names.iter().filter(|name| names.contains(*name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn variants_through_self_are_not_types() {
        let mut used = Used::default();
        used.add(&quote! { match self { Self::Admin(v) => check::min(v, Cat) } });
        let names: std::collections::HashSet<String> = ["Admin", "Cat"].map(str::to_owned).into();
        assert_eq!(used.among(&names).collect::<Vec<_>>(), ["Cat"]);
        assert!(used.as_path("check"));
        assert!(!used.as_path("Cat"));
    }
}
