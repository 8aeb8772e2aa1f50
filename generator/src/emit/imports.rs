//! The `use` lines of a generated module. Every item from another crate
//! (the runtime, serde, chrono, uuid, std) is named through [`Imports`],
//! which imports it by its last segment unless the module already has
//! something of that name (a schema called `Email`, `Value` or `Router`):
//! then the item is spelled by its whole path and nothing is imported, so
//! no name of the document ever clashes with a name the code brings in.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

use proc_macro2::TokenStream;
use quote::quote;

use super::Dependency;

/// The imports of one module, collected as its code is written.
#[derive(Debug, Default)]
pub(super) struct Imports {
    /// The names the module defines, or takes from the crate's other
    /// modules: an import of one of them would clash.
    local: HashSet<String>,
    /// Imported paths, by the name they bring into scope.
    used: RefCell<BTreeMap<&'static str, &'static str>>,
    /// Paths spelled whole somewhere.
    spelled: RefCell<BTreeSet<&'static str>>,
}

impl Imports {
    /// The imports of a module in which `local` names are taken.
    pub(super) fn new(local: HashSet<String>) -> Self {
        Self { local, ..Self::default() }
    }

    /// `path` (`oapi_axum_runtime::Email`) as the module can write it: its
    /// last segment, imported, or the whole path when that name is taken.
    pub(super) fn name(&self, path: &'static str) -> TokenStream {
        self.text(path).parse().unwrap_or_default()
    }

    /// [`Imports::name`] as text, for the paths serde attributes hold
    /// (`skip_serializing_if = "Maybe::is_absent"`).
    pub(super) fn text(&self, path: &'static str) -> String {
        let (module, last) = path.rsplit_once("::").unwrap_or(("", path));
        if module.is_empty() {
            return path.to_owned();
        }
        let mut used = self.used.borrow_mut();
        let free = !self.local.contains(last) && used.get(last).is_none_or(|known| *known == path);
        if free {
            used.insert(last, path);
            last.to_owned()
        } else {
            drop(used);
            self.spelled.borrow_mut().insert(path);
            path.to_owned()
        }
    }

    /// A call of the method `method` of the trait at `path` on the value
    /// at `place` (`self.a`), whose reference is `by_ref` (`&self.a`):
    /// `place.method(args)` when the trait is imported, else
    /// `path::method(by_ref, args)`, which needs no import.
    pub(super) fn call(
        &self,
        path: &'static str,
        (place, by_ref): (&TokenStream, &TokenStream),
        method: &str,
        args: &TokenStream,
    ) -> TokenStream {
        let method = proc_macro2::Ident::new(method, proc_macro2::Span::call_site());
        if self.text(path) == path {
            let path = self.name(path);
            quote! { #path::#method(#by_ref, #args) }
        } else {
            quote! { #place.#method(#args) }
        }
    }

    /// A path below an imported item: `Maybe::is_absent` for
    /// (`oapi_axum_runtime::Maybe`, `is_absent`).
    pub(super) fn member(&self, path: &'static str, member: &str) -> String {
        format!("{}::{member}", self.text(path))
    }

    /// The crates the module uses, by import or by path.
    pub(super) fn crates(&self) -> BTreeSet<Dependency> {
        let spelled = self.spelled.borrow();
        let used = self.used.borrow();
        spelled.iter().copied().chain(used.values().copied()).filter_map(Dependency::of_path).collect()
    }

    /// The `use` items, one per module (`use a::b::{X, Y};`), sorted as
    /// rustfmt sorts them.
    pub(super) fn items(&self) -> Vec<TokenStream> {
        let used = self.used.borrow();
        let mut groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for path in used.values() {
            let (module, name) = path.rsplit_once("::").unwrap_or(("", path));
            groups.entry(module).or_default().push(name);
        }
        // A module imported beside items of its own: `use a::m::{self, X};`.
        for path in used.values() {
            let (module, name) = path.rsplit_once("::").unwrap_or(("", path));
            if groups.contains_key(*path) {
                groups.entry(module).or_default().retain(|n| n != &name);
                groups.entry(path).or_default().push("self");
            }
        }
        groups.retain(|_, names| !names.is_empty());
        groups
            .into_iter()
            .map(|(module, mut names)| {
                // `self` first, then in ASCII order (upper case first).
                names.sort_by_key(|name| (*name != "self", *name));
                let text = match names.as_slice() {
                    [one] => format!("use {module}::{one};"),
                    many => format!("use {module}::{{{}}};", many.join(", ")),
                };
                text.parse().unwrap_or_else(|_| quote! {})
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_name_is_spelled_by_its_path() {
        let imports = Imports::new(HashSet::from(["Email".to_owned()]));
        assert_eq!(imports.text("oapi_axum_runtime::Email"), "oapi_axum_runtime::Email");
        assert_eq!(imports.text("oapi_axum_runtime::Uri"), "Uri");
        assert_eq!(imports.member("oapi_axum_runtime::Maybe", "is_absent"), "Maybe::is_absent");
        let items: Vec<String> = imports.items().iter().map(ToString::to_string).collect();
        assert_eq!(items, ["use oapi_axum_runtime :: { Maybe , Uri } ;"]);
        imports.name("oapi_axum_runtime::support::read");
        imports.name("oapi_axum_runtime::support::read::Object");
        let items: Vec<String> = imports.items().iter().map(ToString::to_string).collect();
        assert_eq!(
            items,
            ["use oapi_axum_runtime :: { Maybe , Uri } ;", "use oapi_axum_runtime :: support :: read :: { self , Object } ;"]
        );
        assert_eq!(imports.crates(), BTreeSet::from([Dependency::Runtime]));
    }

    #[test]
    fn a_taken_trait_is_called_by_its_path() {
        let imports = Imports::new(HashSet::from(["Validate".to_owned()]));
        let value = (&quote! { self.a }, &quote! { &self.a });
        let call = imports.call("oapi_axum_runtime::Validate", value, "validate_at", &quote! { at });
        assert_eq!(call.to_string(), "oapi_axum_runtime :: Validate :: validate_at (& self . a , at)");
        let free = Imports::default();
        let call = free.call("oapi_axum_runtime::Validate", value, "validate_at", &quote! { at });
        assert_eq!(call.to_string(), "self . a . validate_at (at)");
    }

    #[test]
    fn two_paths_of_one_name_import_the_first() {
        let imports = Imports::default();
        assert_eq!(imports.text("serde_json::Value"), "Value");
        assert_eq!(imports.text("other::Value"), "other::Value");
        assert_eq!(imports.text("serde_json::Value"), "Value");
    }
}
