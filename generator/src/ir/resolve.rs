//! `$ref` resolution against the document's components.

use std::path::Path;

use openapiv3::{Components, OpenAPI, ReferenceOr};

use crate::error::{Error, pointer_push};

/// Follows references within one document.
pub struct Resolver<'a> {
    pub file: &'a Path,
    components: Option<&'a Components>,
}

/// The entry a `#/components/<section>/<name>` reference names, unescaped
/// (RFC 6901); `None` for a reference to anything else.
pub fn ref_name(reference: &str, section: &str) -> Option<String> {
    let rest = reference.strip_prefix("#/components/")?;
    let (found, name) = rest.split_once('/')?;
    (found == section && !name.contains('/')).then(|| name.replace("~1", "/").replace("~0", "~"))
}

macro_rules! resolver {
    ($fn:ident, $section:literal, $field:ident, $ty:ty) => {
        /// Resolves a reference to this kind of component, following chains
        /// of references; returns the item and the pointer to it.
        pub fn $fn(&self, item: &'a ReferenceOr<$ty>, at: &str) -> Result<(&'a $ty, String), Error> {
            let mut current = item;
            let mut pointer = at.to_owned();
            for _ in 0..64 {
                match current {
                    ReferenceOr::Item(item) => return Ok((item, pointer)),
                    ReferenceOr::Reference { reference } => {
                        let (next, next_pointer) = self.lookup(reference, $section, &pointer, |c| &c.$field)?;
                        current = next;
                        pointer = next_pointer;
                    }
                }
            }
            Err(Error::new(self.file, at, "a chain of $ref that never ends (a reference cycle)"))
        }
    };
}

impl<'a> Resolver<'a> {
    /// A resolver for `doc`, read from `file`.
    pub fn new(file: &'a Path, doc: &'a OpenAPI) -> Self {
        Self { file, components: doc.components.as_ref() }
    }

    fn lookup<T>(
        &self,
        reference: &str,
        section: &str,
        at: &str,
        field: impl FnOnce(&'a Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    ) -> Result<(&'a ReferenceOr<T>, String), Error> {
        let ref_at = pointer_push(at, "$ref");
        let Some(name) = ref_name(reference, section) else {
            return Err(if reference.starts_with('#') {
                Error::new(self.file, ref_at, format!("`{reference}` does not point at an entry of `#/components/{section}`"))
            } else {
                let what = format!("`{reference}` points outside this document; external references are not supported");
                Error::unsupported(self.file, ref_at, what)
            });
        };
        self.components
            .and_then(|c| field(c).get(&name))
            .map(|item| (item, pointer_push(&pointer_push("/components", section), &name)))
            .ok_or_else(|| Error::new(self.file, ref_at, format!("`{reference}` points at nothing")))
    }

    /// The request body a `#/components/requestBodies/<name>` reference
    /// names, followed through chains of references.
    pub fn request_body_named(&self, reference: &str, at: &str) -> Result<(&'a openapiv3::RequestBody, String), Error> {
        let (item, pointer) = self.lookup(reference, "requestBodies", at, |c| &c.request_bodies)?;
        self.request_body(item, &pointer)
    }

    resolver!(parameter, "parameters", parameters, openapiv3::Parameter);
    resolver!(request_body, "requestBodies", request_bodies, openapiv3::RequestBody);
    resolver!(response, "responses", responses, openapiv3::Response);
    resolver!(header, "headers", headers, openapiv3::Header);
    resolver!(example, "examples", examples, openapiv3::Example);
    resolver!(security_scheme, "securitySchemes", security_schemes, openapiv3::SecurityScheme);
}
