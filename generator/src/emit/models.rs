//! Emits the model module: one Rust type per named type of the IR.

use std::cell::RefCell;
use std::collections::BTreeSet;

use heck::ToSnakeCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;

use super::Dependency;
use super::docs;
use super::imports::Imports;
use crate::ir::{
    Additional, Api, Enum, Field, IntegerFormat, Name, NumberFormat, Shape, ShapeKind, StringFormat, Struct, TypeDef, TypeKind, Union,
};

pub(super) struct ModelEmitter<'a> {
    api: &'a Api,
    /// The identifiers of every named type, once asked for.
    names: std::sync::OnceLock<std::collections::HashSet<String>>,
    /// Enums used as map keys, which `BTreeMap` needs ordered.
    ordered: BTreeSet<crate::ir::TypeId>,
    /// The imports of the module being written.
    pub(super) imports: Imports,
    /// How model types are named from the module being written: by their
    /// name (`Organization`), or through a path (`models::Organization`).
    path: Option<TokenStream>,
    /// Whether a model type was named (through `path`).
    named: std::cell::Cell<bool>,
    defaults: RefCell<Vec<TokenStream>>,
    /// What is read from text, not JSON: parameter structs, and the
    /// unions read from a parameter's texts or a form's fields.
    parameters: Parameters,
}

/// What is read from text (see [`parameter_unions`]).
#[derive(Debug, Default)]
struct Parameters {
    /// The parameter structs.
    structs: BTreeSet<crate::ir::TypeId>,
    /// Untagged unions a parameter struct's field holds (`Alternatives`).
    unions: BTreeSet<crate::ir::TypeId>,
    /// Unions that are form bodies (`FormAlternatives`).
    forms: BTreeSet<crate::ir::TypeId>,
}

/// How a struct field holds its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Wrapping {
    /// `T` (required, or optional with a default).
    Plain,
    /// `Option<T>`.
    Option,
    /// `Maybe<T>`.
    Maybe,
    /// `readOnly`: never read from a request.
    Unread,
}

impl<'a> ModelEmitter<'a> {
    /// An emitter for a module that names model types by their names (the
    /// `models` module itself, or one that imports them), and whose own
    /// names are those of the model types.
    pub(super) fn new(api: &'a Api) -> Self {
        let names: std::collections::HashSet<String> = api.types.iter().map(|def| type_ident(&def.name).to_string()).collect();
        let emitter = ModelEmitter {
            api,
            names: std::sync::OnceLock::new(),
            ordered: map_keys(api),
            imports: Imports::new(names.clone()),
            path: None,
            named: std::cell::Cell::new(false),
            defaults: RefCell::default(),
            parameters: parameter_unions(api),
        };
        let _ = emitter.names.set(names);
        emitter
    }

    /// An emitter for a module that names model types through `path`
    /// (`models`), and defines or imports the names `local` itself. It
    /// spells types, and defines none.
    pub(super) fn through(api: &'a Api, path: TokenStream, local: std::collections::HashSet<String>) -> Self {
        ModelEmitter {
            api,
            names: std::sync::OnceLock::new(),
            ordered: BTreeSet::new(),
            imports: Imports::new(local),
            path: Some(path),
            named: std::cell::Cell::new(false),
            defaults: RefCell::default(),
            parameters: Parameters::default(),
        }
    }

    /// The identifiers of every named type.
    pub(super) fn type_names(&self) -> &std::collections::HashSet<String> {
        self.names.get_or_init(|| self.api.types.iter().map(|def| type_ident(&def.name).to_string()).collect())
    }

    /// Whether a model type was named through the module's path to them.
    pub(super) fn names_models(&self) -> bool {
        self.named.get()
    }

    /// A model type, as the module names it.
    pub(super) fn model(&self, name: &Name) -> TokenStream {
        self.named.set(true);
        let ident = type_ident(name);
        match &self.path {
            Some(path) => quote! { #path::#ident },
            None => quote! { #ident },
        }
    }

    /// How `field` holds its value (mirrors [`ModelEmitter::field`]).
    pub(super) fn wrapping(&self, field: &Field) -> Wrapping {
        if field.flatten {
            return Wrapping::Plain;
        }
        if field.read_only {
            return Wrapping::Unread;
        }
        match (field.required, field.shape.nullable) {
            (true, false) => Wrapping::Plain,
            (true, true) => Wrapping::Option,
            (false, true) => Wrapping::Maybe,
            (false, false) => match field.default.as_ref().and_then(|d| self.default_value(&field.shape, d)) {
                Some(_) => Wrapping::Plain,
                None => Wrapping::Option,
            },
        }
    }
}

/// The `models` module's text, and the crates it needs (`serde` always).
pub fn module(api: &Api, file: &std::path::Path) -> Result<(String, BTreeSet<Dependency>), crate::error::Error> {
    let emitter = ModelEmitter::new(api);
    let mut order: Vec<(crate::ir::TypeId, &TypeDef)> = api.type_defs().collect();
    order.sort_by(|(_, a), (_, b)| a.name.camel().cmp(b.name.camel()));
    let mut printer = super::Printer::new(file);
    for (id, def) in order {
        printer.item(emitter.type_def(id, def))?;
    }
    for default in emitter.defaults.take() {
        printer.item(default)?;
    }
    let imports = emitter.imports.items();
    let text = printer.finish(quote! {
        //! The types of the API description's schemas.
        #( #imports )*
    })?;
    Ok((text, emitter.imports.crates()))
}

/// The named types some map uses as its keys.
/// The parameter structs of every operation, and the untagged unions
/// their fields hold directly: a union is read from a parameter's texts
/// by trying each variant (`support::params::Alternatives`), where serde's
/// untagged enums would see one string.
fn parameter_unions(api: &Api) -> Parameters {
    let mut parameters = Parameters::default();
    for op in &api.operations {
        let forms = op.body.iter().flat_map(|b| &b.content).filter(|c| c.payload == crate::ir::Payload::Form);
        for shape in forms.filter_map(|c| c.shape.as_ref()) {
            if let ShapeKind::Named(id) = shape.kind
                && matches!(api.get(id).kind, TypeKind::Union(_))
            {
                parameters.forms.insert(id);
            }
        }
        for (_, id) in &op.parameter_types {
            parameters.structs.insert(*id);
            let TypeKind::Struct(s) = &api.get(*id).kind else { continue };
            for field in &s.fields {
                if let ShapeKind::Named(union) = field.shape.kind
                    && matches!(&api.get(union).kind, TypeKind::Union(u) if u.discriminator.is_none())
                {
                    parameters.unions.insert(union);
                }
            }
        }
    }
    parameters
}

fn map_keys(api: &Api) -> BTreeSet<crate::ir::TypeId> {
    fn visit(shape: &Shape, out: &mut BTreeSet<crate::ir::TypeId>) {
        match &shape.kind {
            ShapeKind::Map { keys, values } => {
                if let ShapeKind::Named(id) = keys.kind {
                    out.insert(id);
                }
                visit(values, out);
            }
            ShapeKind::Array(items) => visit(items, out),
            ShapeKind::Tuple(items) => items.iter().for_each(|item| visit(item, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for def in &api.types {
        match &def.kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|f| visit(&f.shape, &mut out));
                if let Additional::Map(values) = &s.additional {
                    visit(values, &mut out);
                }
            }
            TypeKind::Union(u) => u.variants.iter().for_each(|v| visit(&v.shape, &mut out)),
            TypeKind::Alias(shape) | TypeKind::Newtype(shape) => visit(shape, &mut out),
            TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => {}
        }
    }
    for op in &api.operations {
        let bodies = op.body.iter().flat_map(|b| &b.content).chain(op.responses.iter().flat_map(|r| &r.content));
        bodies.filter_map(|c| c.shape.as_ref()).for_each(|shape| visit(shape, &mut out));
        op.parameters.iter().for_each(|p| visit(&p.shape, &mut out));
    }
    out
}

/// A type's identifier. A type is named wherever it is used; its name
/// remembers its casing (casing at every mention was a fifth of the time
/// emitting LangSmith's 2 MB document took; see BENCHMARKS.md).
pub fn type_ident(name: &Name) -> Ident {
    Ident::new(name.camel(), Span::call_site())
}

/// The identifiers of a struct's fields: each property's name in snake
/// case, unless an earlier property has the same words (`foo-bar`,
/// `foo_bar`), when the later one gets a number (`foo_bar_2`).
pub fn field_idents(fields: &[Field]) -> Vec<Ident> {
    let mut seen = std::collections::HashSet::new();
    fields
        .iter()
        .map(|field| {
            let mut name = field.name.clone();
            let mut n = 1;
            while !seen.insert(name.key()) {
                n += 1;
                name = Name::new(format!("{} {n}", field.name.key()));
            }
            value_ident(&name)
        })
        .collect()
}

/// A field's or function's identifier, escaped if it is a keyword.
pub fn value_ident(name: &Name) -> Ident {
    let snake = name.snake();
    if is_keyword(snake) { Ident::new(&format!("{snake}_"), Span::call_site()) } else { Ident::new(snake, Span::call_site()) }
}

/// What a serde casing rule makes of a name.
type CaseRule = fn(&str) -> String;

/// serde's `rename_all` rules for variants, and what each makes of a
/// PascalCase variant name.
const VARIANT_RULES: &[(&str, CaseRule)] = &[
    ("PascalCase", |n| n.to_owned()),
    ("lowercase", str::to_ascii_lowercase),
    ("snake_case", |n| serde_snake_case(n, '_')),
    ("camelCase", |n| {
        let mut c = n.chars();
        c.next().map(|f| f.to_ascii_lowercase().to_string() + c.as_str()).unwrap_or_default()
    }),
    ("kebab-case", |n| serde_snake_case(n, '-')),
    ("UPPERCASE", str::to_ascii_uppercase),
    ("SCREAMING_SNAKE_CASE", |n| serde_snake_case(n, '_').to_ascii_uppercase()),
    ("SCREAMING-KEBAB-CASE", |n| serde_snake_case(n, '-').to_ascii_uppercase()),
];

/// serde's snake_case of a variant: a separator before each upper-case
/// letter but the first, then lower case.
fn serde_snake_case(variant: &str, separator: char) -> String {
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, c) in variant.char_indices() {
        if i > 0 && c.is_uppercase() {
            out.push(separator);
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// What serde's `rename_all = "camelCase"` makes of a snake_case field.
fn serde_camel_case(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for c in field.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "as" | "break"
            | "const"
            | "continue"
            | "crate"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "async"
            | "await"
            | "dyn"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}

impl ModelEmitter<'_> {
    /// The item of a named type, and its impls.
    fn type_def(&self, id: crate::ir::TypeId, def: &TypeDef) -> TokenStream {
        let ident = type_ident(&def.name);
        let mut extra = Vec::new();
        if let TypeKind::Union(u) = &def.kind {
            extra.push(union_note(u));
        }
        if let TypeKind::Struct(s) = &def.kind {
            extra.extend(s.required_sets.iter().map(required_sets_note));
        }
        if let Some(schema) = &def.renamed_from {
            extra.push(format!(
                "The schema `{schema}` of the API description, named `{ident}` here: another schema takes its name once cased."
            ));
        }
        if def.kind == TypeKind::Never {
            extra.push("The API description allows no value here, so this type has none.".to_owned());
        }
        let doc_lines = docs::paragraphs(&def.docs, &def.name, &extra);
        let docs = docs::outer(&doc_lines);
        match &def.kind {
            TypeKind::Enum(e) => self.enumeration(&ident, &docs, e, self.ordered.contains(&id)),
            TypeKind::Struct(s) => self.structure(def, &ident, &docs, s, self.parameters.structs.contains(&id)),
            TypeKind::Union(u) => self.union(&ident, &docs, u, self.parameters.unions.contains(&id), self.parameters.forms.contains(&id)),
            TypeKind::Alias(shape) => {
                let ty = self.nullable_type(shape);
                quote! { #docs pub type #ident = #ty; }
            }
            TypeKind::Newtype(shape) => {
                let ty = self.nullable_type(shape);
                let (serialize, deserialize) = self.serde_traits();
                quote! {
                    #docs
                    #[derive(Debug, Clone, PartialEq, #serialize, #deserialize)]
                    #[serde(transparent)]
                    pub struct #ident(pub #ty);
                }
            }
            // Not written (`Api::type_defs` leaves it out).
            TypeKind::LeftOut => TokenStream::new(),
            TypeKind::Never => {
                // Ordered only where a map uses it as its key.
                let ordered = self.ordered.contains(&id).then(|| quote! { PartialOrd, Ord, });
                let (serialize, deserialize) = self.serde_traits();
                quote! {
                    #docs
                    #[derive(Debug, Clone, Copy, PartialEq, Eq, #ordered #serialize, #deserialize)]
                    pub enum #ident {}
                }
            }
        }
    }

    /// A struct; `parameters` for the parameters of one location.
    fn structure(&self, def: &TypeDef, ident: &Ident, docs: &TokenStream, s: &Struct, parameters: bool) -> TokenStream {
        let mut all_default = true;
        // When every property is the camelCase of its field, one
        // `rename_all` says so instead of a `rename` on each field.
        let idents = field_idents(&s.fields);
        let camel = s.fields.iter().zip(&idents).all(|(f, ident)| serde_camel_case(&ident.to_string()) == f.name.raw())
            && idents.iter().any(|ident| ident.to_string().trim_end_matches('_').contains('_'));
        let rename_all = camel.then(|| quote! { #[serde(rename_all = "camelCase")] });
        let fields: Vec<TokenStream> = s
            .fields
            .iter()
            .zip(idents)
            .map(|(field, ident)| {
                let (tokens, defaultable) = self.field(def, field, ident, camel, parameters);
                all_default &= defaultable;
                tokens
            })
            .collect();
        let additional = match &s.additional {
            Additional::Map(shape) => {
                let map = self.imports.name("std::collections::BTreeMap");
                let ty = self.nullable_type(shape);
                quote! {
                    /// Properties not listed above, kept as the API description allows.
                    #[serde(flatten)]
                    pub additional_properties: #map<String, #ty>,
                }
            }
            Additional::Ignore | Additional::Deny => quote! {},
        };
        let deny = (s.additional == Additional::Deny).then(|| quote! { #[serde(deny_unknown_fields)] });
        let default = all_default.then(|| quote! { Default, });
        let (serialize, deserialize) = self.serde_traits();
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, #default #serialize, #deserialize)]
            #rename_all
            #deny
            pub struct #ident {
                #( #fields )*
                #additional
            }
        }
    }

    /// A struct field, and whether `Default::default()` gives the value a
    /// missing property gets; `parameter` for a parameter's field, which a
    /// union is read into by trying each variant on the texts sent.
    fn field(&self, owner: &TypeDef, field: &Field, ident: Ident, camel: bool, parameter: bool) -> (TokenStream, bool) {
        let alternatives =
            parameter && matches!(field.shape.kind, ShapeKind::Named(id) if self.parameters.unions.contains(&id)) && !field.shape.nullable;
        if field.flatten {
            let ty = self.plain_type(&field.shape);
            let doc = " The alternatives the object also matches, read from the same properties.";
            return (quote! { #[doc = #doc] #[serde(flatten)] pub #ident: #ty, }, false);
        }
        let wire = field.name.raw();
        // A keyword given a `_` is renamed explicitly even under `rename_all`.
        let escaped = ident.to_string().ends_with('_');
        let rename = ((!camel || escaped) && ident != wire).then(|| quote! { rename = #wire });
        let mut inner = self.plain_type(&field.shape);
        if field.indirect {
            inner = quote! { Box<#inner> };
        }
        let mut notes = Vec::new();
        if field.read_only {
            // The server sets it; a client must not, so it is never read
            // from a request, and so it is optional whatever `required` says.
            notes.push("Read-only: set by the server in responses; never read from requests.".to_owned());
            let wrapped = if field.shape.nullable {
                quote! { Option<Option<#inner>> }
            } else {
                quote! { Option<#inner> }
            };
            let mut attrs = rename.into_iter().collect::<Vec<_>>();
            if field.write_only {
                // Both (3.1 allows it): neither read nor written.
                notes.push("Write-only as well: never written to responses either.".to_owned());
                attrs.extend([quote! { default }, quote! { skip }]);
            } else {
                attrs.extend([quote! { default }, quote! { skip_deserializing }, quote! { skip_serializing_if = "Option::is_none" }]);
            }
            let doc_lines = docs::paragraphs(&field.docs, &field.name, &notes);
            let docs = docs::outer(&doc_lines);
            return (quote! { #docs #[serde(#(#attrs),*)] pub #ident: #wrapped, }, true);
        }
        if field.write_only {
            notes.push("Write-only: read from requests, never written to responses.".to_owned());
        }
        if let ShapeKind::String(StringFormat::Plain(Some(format))) = &field.shape.kind
            && matches!(format.as_str(), "uuid" | "date-time" | "date")
        {
            notes.push(format!("A `{format}` kept as the text sent, which a constraint of the API description is on."));
        }
        // serde's attributes of the field: whether it has a default, when it
        // is skipped in writing, and how it is read.
        let mut default = None;
        let mut skip_if = None;
        let mut with = None;
        let (ty, defaultable) = match (field.required, field.shape.nullable) {
            (true, false) if alternatives => {
                let read = self.imports.text("oapi_axum_runtime::support::params::alternatives");
                with = Some(quote! { deserialize_with = #read });
                (inner, false)
            }
            (true, false) => (inner, false),
            (true, true) => {
                let required_nullable = self.imports.text("oapi_axum_runtime::support::required_nullable");
                with = Some(quote! { deserialize_with = #required_nullable });
                (quote! { Option<#inner> }, false)
            }
            (false, true) => {
                let maybe = self.imports.name("oapi_axum_runtime::Maybe");
                let is_absent = self.imports.member("oapi_axum_runtime::Maybe", "is_absent");
                if let Some(default) = &field.default
                    && !default.is_null()
                {
                    notes.push(format!("Default: `{default}`."));
                }
                default = Some(quote! { default });
                skip_if = Some(quote! { skip_serializing_if = #is_absent });
                (quote! { #maybe<#inner> }, true)
            }
            (false, false) => match field.default.as_ref().and_then(|d| self.default_value(&field.shape, d)) {
                Some(DefaultValue::Zero) => {
                    default = Some(quote! { default });
                    (inner, true)
                }
                Some(DefaultValue::Expr(expr)) => {
                    let function = format_ident!(
                        "default_{}_{}",
                        type_ident(&owner.name).to_string().to_snake_case(),
                        ident.to_string().trim_end_matches('_')
                    );
                    let path = function.to_string();
                    let doc = format!(" The default of `{}.{}`.", type_ident(&owner.name), ident);
                    self.defaults.borrow_mut().push(quote! {
                        #[doc = #doc]
                        fn #function() -> #inner { #expr }
                    });
                    default = Some(quote! { default = #path });
                    (inner, false)
                }
                None => {
                    if let Some(default) = &field.default {
                        notes.push(format!("Default: `{default}`."));
                    }
                    default = Some(quote! { default });
                    skip_if = Some(quote! { skip_serializing_if = "Option::is_none" });
                    with = Some(if alternatives {
                        // A parameter is text: never `null`.
                        let read = self.imports.text("oapi_axum_runtime::support::params::optional_alternatives");
                        quote! { deserialize_with = #read }
                    } else {
                        // Absent is `None`; `null` is not a value the property takes.
                        let not_null = self.imports.text("oapi_axum_runtime::support::not_null");
                        quote! { with = #not_null }
                    });
                    (quote! { Option<#inner> }, true)
                }
            },
        };
        // Never written: no rule for when.
        let skip = field.write_only.then(|| quote! { skip_serializing });
        if field.write_only {
            skip_if = None;
        }
        let doc_lines = docs::paragraphs(&field.docs, &field.name, &notes);
        let docs = docs::outer(&doc_lines);
        let attrs: Vec<TokenStream> = [rename, default, skip_if, with, skip].into_iter().flatten().collect();
        let serde = (!attrs.is_empty()).then(|| quote! { #[serde(#(#attrs),*)] });
        (quote! { #docs #serde pub #ident: #ty, }, defaultable)
    }

    /// A string enum, and its impls (`as_str`, `Display`).
    fn enumeration(&self, ident: &Ident, docs: &TokenStream, e: &Enum, ordered: bool) -> TokenStream {
        // Ordered (for `BTreeMap` keys) only where needed, which keeps the
        // derive list short enough for one line.
        let (serialize, deserialize) = self.serde_traits();
        let derives = if ordered {
            quote! {
                #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
                #[derive(#serialize, #deserialize)]
            }
        } else {
            quote! { #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, #serialize, #deserialize)] }
        };
        let variants: Vec<Ident> = e.variants.iter().map(|v| type_ident(&v.name)).collect();
        let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
        // The serde casing rule most values follow, if any; the others get
        // a `rename` of their own.
        let names: Vec<String> = variants.iter().map(ToString::to_string).collect();
        let rule = VARIANT_RULES
            .iter()
            .map(|(rule, apply)| (rule, names.iter().zip(&values).filter(|(n, v)| apply(n) == **v).count()))
            .enumerate()
            // A rule most values follow; else every value is renamed.
            .filter(|(_, (_, hits))| *hits * 2 > names.len())
            // Most values matched; on a tie, the simpler rule (listed first).
            .max_by_key(|(index, (_, hits))| (*hits, std::cmp::Reverse(*index)))
            .map(|(_, (rule, _))| *rule);
        let apply = rule.and_then(|r| VARIANT_RULES.iter().find(|(name, _)| *name == r)).map(|(_, f)| *f);
        let rename_all = rule.filter(|r| *r != "PascalCase").map(|r| quote! { #[serde(rename_all = #r)] });
        let renames: Vec<Option<TokenStream>> = names
            .iter()
            .zip(&values)
            .map(|(name, value)| (apply.map(|f| f(name)).as_deref() != Some(*value)).then(|| quote! { #[serde(rename = #value)] }))
            .collect();
        quote! {
            #docs
            #derives
            #rename_all
            pub enum #ident {
                #( #renames #variants, )*
            }

            impl #ident {
                /// The value as it is on the wire.
                pub const fn as_str(self) -> &'static str {
                    match self {
                        #( Self::#variants => #values, )*
                    }
                }
            }

            impl std::fmt::Display for #ident {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }
        }
    }

    /// A union; `parameter` for one a parameter holds, which is also read
    /// from a parameter's texts (`Alternatives`), `form` for a form body,
    /// also read from a form's fields (`FormAlternatives`).
    fn union(&self, ident: &Ident, docs: &TokenStream, u: &Union, parameter: bool, form: bool) -> TokenStream {
        let names: Vec<Ident> = u.variants.iter().map(|v| type_ident(&v.name)).collect();
        let types: Vec<TokenStream> = u.variants.iter().map(|v| self.variant_type(v)).collect();
        if let Some(tagged) = self.discriminated(ident, u, &names) {
            return quote! {
                #docs
                #[derive(Debug, Clone, PartialEq)]
                pub enum #ident {
                    #( #names(#types), )*
                }

                #tagged
            };
        }
        let (serialize, deserialize) = self.serde_traits();
        if self.judged_as_sent(u) {
            let unions = self.imports.name("oapi_axum_runtime::support::unions");
            let holding = if self.counts_holding(u) {
                quote! { Some(Self::holding) }
            } else {
                quote! { None }
            };
            let members = match &u.members {
                Some(schema) => {
                    let schema = schema.to_string();
                    quote! { Some(#schema) }
                }
                None => quote! { None },
            };
            return quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, #serialize)]
                #[serde(untagged)]
                pub enum #ident {
                    #( #names(#types), )*
                }

                impl<'de> #deserialize<'de> for #ident {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        #unions::untagged(
                            deserializer,
                            #holding,
                            #members,
                            &[ #( |value| #unions::variant(value).map(Self::#names) ),* ],
                        )
                    }
                }
            };
        }
        let alternatives = parameter.then(|| {
            let trait_ = self.imports.name("oapi_axum_runtime::support::params::Alternatives");
            let texts = self.imports.name("oapi_axum_runtime::support::params::ParameterTexts");
            let (first, rest) = names.split_first().expect("a union has variants");
            quote! {
                impl #trait_ for #ident {
                    fn read(texts: &#texts) -> Option<Self> {
                        texts.read().map(Self::#first) #( .or_else(|| texts.read().map(Self::#rest)) )*
                    }
                }
            }
        });
        let form_alternatives = form.then(|| {
            let trait_ = self.imports.name("oapi_axum_runtime::support::params::FormAlternatives");
            let fields = self.imports.name("oapi_axum_runtime::support::params::FormFields");
            let (first, rest) = names.split_first().expect("a union has variants");
            quote! {
                impl #trait_ for #ident {
                    fn read(fields: &#fields<'_>) -> Option<Self> {
                        fields.read().map(Self::#first) #( .or_else(|| fields.read().map(Self::#rest)) )*
                    }
                }
            }
        });
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, #serialize, #deserialize)]
            #[serde(untagged)]
            pub enum #ident {
                #( #names(#types), )*
            }

            #alternatives
            #form_alternatives
        }
    }

    /// Whether a union without a tag is read by `support::unions::untagged`,
    /// which judges its rules on the value as sent: it counts which
    /// branches hold ([`Self::counts_holding`]), or has
    /// `additionalProperties` beside its branches, which members the
    /// branch read would not keep must match too.
    pub(super) fn judged_as_sent(&self, u: &Union) -> bool {
        u.discriminator.is_none() && (u.members.is_some() || self.counts_holding(u))
    }

    /// Whether a union's `Deserialize` counts the branches that hold for
    /// the value as sent (with the validation module's `holding`): a
    /// `oneOf` without a discriminator of two or more objects, one of which
    /// fills in a `default`. Filled in, a value may hold for fewer branches
    /// than it did as sent.
    pub(super) fn counts_holding(&self, u: &Union) -> bool {
        let objects: Vec<&Struct> = u.variants.iter().filter_map(|v| self.struct_of(&v.shape)).collect();
        u.exclusive
            && u.discriminator.is_none()
            && objects.len() >= 2
            && objects.iter().any(|s| s.fields.iter().any(|f| f.default.is_some() && !f.required))
    }

    /// The struct a shape names, through aliases.
    fn struct_of(&self, shape: &Shape) -> Option<&Struct> {
        let mut shape = shape;
        for _ in 0..32 {
            let ShapeKind::Named(id) = shape.kind else { return None };
            match &self.api.get(id).kind {
                TypeKind::Struct(s) => return Some(s),
                TypeKind::Alias(inner) => shape = inner,
                _ => return None,
            }
        }
        None
    }

    /// The type a union's variant holds.
    pub(super) fn variant_type(&self, variant: &crate::ir::UnionVariant) -> TokenStream {
        let ty = self.nullable_type(&variant.shape);
        if self.boxed(variant) {
            quote! { Box<#ty> }
        } else {
            ty
        }
    }

    /// Whether a union is read by its discriminator (see
    /// [`Self::discriminated`]) rather than untagged, variant by variant.
    pub(super) fn is_discriminated(&self, u: &Union) -> bool {
        u.discriminator.is_some() && u.variants.iter().all(|v| v.tag.is_some() && self.struct_of(&v.shape).is_some())
    }

    /// `Serialize` and `Deserialize` of a union that has a discriminator and
    /// whose every variant is an object with a known tag: the property picks
    /// the variant.
    fn discriminated(&self, ident: &Ident, u: &Union, names: &[Ident]) -> Option<TokenStream> {
        if !self.is_discriminated(u) {
            return None;
        }
        let property = &u.discriminator.as_ref()?.property;
        let discriminator = self.imports.name("oapi_axum_runtime::support::discriminator");
        let mut read = Vec::new();
        let mut write = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        // Without the property, a value is read by the `oneOf`/`anyOf` rules
        // unless every variant requires it.
        let mut untagged = Vec::new();
        let mut required_by_all = true;
        for (variant, name) in u.variants.iter().zip(names) {
            let tag = variant.tag.as_deref()?;
            let field = self.struct_of(&variant.shape)?.fields.iter().find(|f| f.name.raw() == property);
            required_by_all &= field.is_some_and(|f| f.required);
            untagged.push(quote! { |value| #discriminator::variant(value).map(Self::#name) });
            if field.is_some() {
                read.push(quote! { Some(#tag) => #discriminator::variant(value).map(Self::#name), });
                let call =
                    self.imports.call("serde::Serialize", (&quote! { value }, &quote! { value }), "serialize", &quote! { serializer });
                write.push(quote! { Self::#name(value) => #call, });
            } else {
                read.push(quote! { Some(#tag) => #discriminator::variant_without(value, #property).map(Self::#name), });
                write.push(quote! {
                    Self::#name(value) => #discriminator::serialize_tagged(serializer, #property, #tag, value),
                });
            }
            tags.push(tag);
        }
        let without = if required_by_all {
            quote! { Err(serde::de::Error::missing_field(#property)) }
        } else {
            let exclusive = u.exclusive;
            quote! { #discriminator::untagged(value, #property, #exclusive, &[#( #untagged ),*]) }
        };
        let (serialize, deserialize) = self.serde_traits();
        Some(quote! {
            impl #serialize for #ident {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #( #write )*
                    }
                }
            }

            impl<'de> #deserialize<'de> for #ident {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let (tag, value) = #discriminator::discriminated(deserializer, #property)?;
                    match tag.as_deref() {
                        #( #read )*
                        Some(other) => Err(serde::de::Error::unknown_variant(other, &[#( #tags ),*])),
                        None => #without,
                    }
                }
            }
        })
    }

    /// serde's `Serialize` and `Deserialize`, as the module names them.
    fn serde_traits(&self) -> (TokenStream, TokenStream) {
        (self.imports.name("serde::Serialize"), self.imports.name("serde::Deserialize"))
    }

    /// The type of a shape where null is a value (`Option<T>` if nullable).
    pub(super) fn nullable_type(&self, shape: &Shape) -> TokenStream {
        let ty = self.plain_type(shape);
        if shape.nullable && shape.kind != ShapeKind::Null && shape.kind != ShapeKind::Any {
            quote! { Option<#ty> }
        } else {
            ty
        }
    }

    /// The type of a shape's non-null values.
    pub(super) fn plain_type(&self, shape: &Shape) -> TokenStream {
        match &shape.kind {
            ShapeKind::Named(id) => self.model(&self.api.get(*id).name),
            ShapeKind::String(format) => match format {
                StringFormat::Uuid => self.imports.name("uuid::Uuid"),
                StringFormat::DateTime => {
                    let date_time = self.imports.name("chrono::DateTime");
                    let utc = self.imports.name("chrono::Utc");
                    quote! { #date_time<#utc> }
                }
                StringFormat::Date => self.imports.name("chrono::NaiveDate"),
                StringFormat::Email => self.imports.name("oapi_axum_runtime::Email"),
                StringFormat::Uri => self.imports.name("oapi_axum_runtime::Uri"),
                StringFormat::Byte => self.imports.name("oapi_axum_runtime::Base64"),
                StringFormat::Binary => self.imports.name("oapi_axum_runtime::Binary"),
                StringFormat::Plain(_) => quote! { String },
            },
            ShapeKind::Integer(format) => match format {
                IntegerFormat::Int64 => quote! { i64 },
                IntegerFormat::Int32 => quote! { i32 },
                IntegerFormat::Int16 => quote! { i16 },
                IntegerFormat::Int8 => quote! { i8 },
                IntegerFormat::Uint64 => quote! { u64 },
                IntegerFormat::Uint32 => quote! { u32 },
                IntegerFormat::Uint16 => quote! { u16 },
                IntegerFormat::Uint8 => quote! { u8 },
            },
            ShapeKind::Number(NumberFormat::Double) => quote! { f64 },
            ShapeKind::Number(NumberFormat::Float) => quote! { f32 },
            ShapeKind::Boolean => quote! { bool },
            ShapeKind::Array(items) => {
                let items = self.nullable_type(items);
                quote! { Vec<#items> }
            }
            ShapeKind::Map { keys, values } => {
                let map = self.imports.name("std::collections::BTreeMap");
                let keys = self.plain_type(keys);
                let values = self.nullable_type(values);
                quote! { #map<#keys, #values> }
            }
            ShapeKind::Tuple(items) => {
                let items = items.iter().map(|item| self.nullable_type(item));
                quote! { ( #( #items ),* ) }
            }
            ShapeKind::Any => self.imports.name("serde_json::Value"),
            ShapeKind::Null => quote! { () },
        }
    }

    /// A default value as Rust, when the shape and value allow it.
    fn default_value(&self, shape: &Shape, value: &Value) -> Option<DefaultValue> {
        match (&shape.kind, value) {
            (ShapeKind::Boolean, Value::Bool(false)) => Some(DefaultValue::Zero),
            (ShapeKind::Boolean, Value::Bool(true)) => Some(DefaultValue::Expr(quote! { true })),
            (ShapeKind::Integer(format), Value::Number(n)) => {
                let n = n.as_i64()?;
                if n == 0 {
                    return Some(DefaultValue::Zero);
                }
                let literal = match format {
                    IntegerFormat::Int64 => proc_macro2::Literal::i64_unsuffixed(n),
                    IntegerFormat::Int32 => proc_macro2::Literal::i32_unsuffixed(i32::try_from(n).ok()?),
                    IntegerFormat::Int16 => proc_macro2::Literal::i16_unsuffixed(i16::try_from(n).ok()?),
                    IntegerFormat::Int8 => proc_macro2::Literal::i8_unsuffixed(i8::try_from(n).ok()?),
                    IntegerFormat::Uint64 => proc_macro2::Literal::u64_unsuffixed(u64::try_from(n).ok()?),
                    IntegerFormat::Uint32 => proc_macro2::Literal::u32_unsuffixed(u32::try_from(n).ok()?),
                    IntegerFormat::Uint16 => proc_macro2::Literal::u16_unsuffixed(u16::try_from(n).ok()?),
                    IntegerFormat::Uint8 => proc_macro2::Literal::u8_unsuffixed(u8::try_from(n).ok()?),
                };
                Some(DefaultValue::Expr(quote! { #literal }))
            }
            (ShapeKind::Number(_), Value::Number(n)) => {
                let f = n.as_f64()?;
                if f == 0.0 {
                    return Some(DefaultValue::Zero);
                }
                let literal = proc_macro2::Literal::f64_unsuffixed(f);
                Some(DefaultValue::Expr(quote! { #literal }))
            }
            (ShapeKind::String(StringFormat::Plain(_)), Value::String(s)) => {
                if s.is_empty() {
                    Some(DefaultValue::Zero)
                } else {
                    Some(DefaultValue::Expr(quote! { #s.to_owned() }))
                }
            }
            (ShapeKind::Array(_), Value::Array(items)) if items.is_empty() => Some(DefaultValue::Zero),
            (ShapeKind::Named(id), Value::String(s)) => {
                let def = self.api.get(*id);
                let TypeKind::Enum(e) = &def.kind else { return None };
                let variant = e.variants.iter().find(|v| v.value == *s)?;
                let ty = type_ident(&def.name);
                let variant = type_ident(&variant.name);
                Some(DefaultValue::Expr(quote! { #ty::#variant }))
            }
            _ => None,
        }
    }
}

/// Union variants estimated larger than this many bytes are boxed, so one
/// large alternative does not make every value of the union large.
const LARGE_VARIANT: usize = 128;

impl ModelEmitter<'_> {
    /// Whether a union variant holds its value in a `Box`: to break a
    /// cycle, or because it is much larger than the others could be.
    pub(super) fn boxed(&self, variant: &crate::ir::UnionVariant) -> bool {
        variant.indirect || self.size_estimate(&variant.shape, &mut Vec::new()) > LARGE_VARIANT
    }

    /// A rough size in bytes of the Rust value of a shape on 64-bit targets,
    /// counted only up to [`SIZE_CAP`]: past it, all that is asked (is it
    /// larger than [`LARGE_VARIANT`]?) is known, and a type that holds large
    /// types need not be walked to its leaves.
    fn size_estimate(&self, shape: &Shape, seen: &mut Vec<crate::ir::TypeId>) -> usize {
        let sum = |sizes: &mut dyn Iterator<Item = usize>| {
            let mut total = 0;
            for size in sizes {
                total += size;
                if total >= SIZE_CAP {
                    return SIZE_CAP;
                }
            }
            total
        };
        let base = match &shape.kind {
            ShapeKind::Named(id) => {
                if seen.contains(id) {
                    return 8;
                }
                seen.push(*id);
                let size = match &self.api.get(*id).kind {
                    TypeKind::Struct(s) => {
                        let map = if matches!(s.additional, Additional::Map(_)) { 24 } else { 0 };
                        sum(&mut std::iter::once(map)
                            .chain(s.fields.iter().map(|f| if f.indirect { 8 } else { self.size_estimate(&f.shape, seen) + 8 })))
                    }
                    TypeKind::Enum(_) => 1,
                    TypeKind::Union(u) => {
                        8 + u.variants.iter().map(|v| self.size_estimate(&v.shape, seen).min(LARGE_VARIANT)).max().unwrap_or(0)
                    }
                    TypeKind::Alias(inner) | TypeKind::Newtype(inner) => self.size_estimate(inner, seen),
                    TypeKind::Never | TypeKind::LeftOut => 0,
                };
                seen.pop();
                size
            }
            ShapeKind::String(StringFormat::Uuid) => 16,
            ShapeKind::String(StringFormat::DateTime | StringFormat::Date) => 12,
            ShapeKind::String(_) | ShapeKind::Array(_) | ShapeKind::Map { .. } => 24,
            ShapeKind::Tuple(items) => sum(&mut items.iter().map(|item| self.size_estimate(item, seen))),
            ShapeKind::Integer(_) | ShapeKind::Number(_) => 8,
            ShapeKind::Boolean => 1,
            ShapeKind::Any => 32,
            ShapeKind::Null => 0,
        };
        (base + if shape.nullable { 8 } else { 0 }).min(SIZE_CAP)
    }
}

/// Where [`ModelEmitter::size_estimate`] stops counting: any size past
/// [`LARGE_VARIANT`] will do.
const SIZE_CAP: usize = LARGE_VARIANT + 1;

enum DefaultValue {
    /// `Default::default()` is the value.
    Zero,
    /// This expression is.
    Expr(TokenStream),
}

/// "At least one of `a` or `b` is present."
fn required_sets_note(rule: &crate::ir::RequiredSets) -> String {
    let sets: Vec<String> =
        rule.sets.iter().map(|set| set.iter().map(|name| format!("`{name}`")).collect::<Vec<_>>().join(" and ")).collect();
    let quantity = if rule.exclusive { "Exactly one" } else { "At least one" };
    match sets.as_slice() {
        [one] => format!("{one} must be present."),
        [init @ .., last] => format!("{quantity} of {} or {last} must be present.", init.join(", ")),
        [] => String::new(),
    }
}

fn union_note(u: &Union) -> String {
    let mut note = if u.exclusive {
        "Exactly one of the variants (`oneOf`).".to_owned()
    } else {
        "One or more of the variants (`anyOf`); the first that matches is kept.".to_owned()
    };
    if let Some(d) = &u.discriminator {
        note.push_str(&format!(" The property `{}` names the variant.", d.property));
    }
    note
}

/// One example of the document and the Rust type its value should read as.
pub struct ExampleCheck {
    /// Where the example is: a JSON pointer, and which of its examples.
    pub label: String,
    pub value: Value,
    pub ty: TokenStream,
}

/// Every example of the document (of named types, fields and media types),
/// with the type it should read as (model types named through
/// `models_path`), and the `use` items those types need.
pub fn example_checks(api: &Api, models_path: TokenStream) -> (Vec<ExampleCheck>, Vec<TokenStream>) {
    let emitter = ModelEmitter::through(api, models_path, std::collections::HashSet::new());
    let mut checks = Vec::new();
    let mut push = |source: &str, examples: &[Value], ty: &dyn Fn() -> TokenStream| {
        if examples.is_empty() {
            return;
        }
        let ty = ty();
        for (i, value) in examples.iter().enumerate() {
            let label = if examples.len() == 1 { source.to_owned() } else { format!("{source} (example {})", i + 1) };
            checks.push(ExampleCheck { label, value: value.clone(), ty: ty.clone() });
        }
    };
    for def in &api.types {
        push(&def.source, &def.docs.examples, &|| emitter.model(&def.name));
        if let TypeKind::Struct(s) = &def.kind {
            for field in s.fields.iter().filter(|f| !f.flatten) {
                push(&field.source, &field.docs.examples, &|| emitter.nullable_type(&field.shape));
            }
        }
    }
    for op in &api.operations {
        let contents = op.body.iter().flat_map(|b| &b.content).chain(op.responses.iter().flat_map(|r| &r.content));
        for content in contents {
            let Some(shape) = &content.shape else { continue };
            if content.examples.is_empty() || !content.media_type.contains("json") {
                continue;
            }
            let ty = emitter.nullable_type(shape);
            for (at, value) in &content.examples {
                checks.push(ExampleCheck { label: at.clone(), value: value.clone(), ty: ty.clone() });
            }
        }
    }
    let imports = emitter.imports.items();
    (checks, imports)
}
