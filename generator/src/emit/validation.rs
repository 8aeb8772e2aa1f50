//! The `validation` module of a generated crate: an `impl Validate` for
//! every model type, checking each constraint the document states, nested
//! values included, and reporting every violation at its JSON pointer.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};

use super::idents::Used;
use super::models::{ModelEmitter, Wrapping, field_idents, type_ident};
use crate::ir::{Additional, Api, Constraints, Shape, ShapeKind, StringFormat, Struct, TypeDef, TypeKind};

/// String formats kept as `String` that validation checks (`uuid` and the
/// dates are kept as text where a constraint is on their text).
const CHECKED_FORMATS: &[&str] = &["ipv4", "ipv6", "hostname", "uuid", "date-time", "date"];

/// The most model types `validation.rs` imports by name.
const MAX_LISTED_IMPORTS: usize = 40;

/// The `validation` module's text, and whether it needs `serde_json` (for
/// the read errors of request bodies).
pub fn module(api: &Api, file: &std::path::Path) -> Result<(String, bool), crate::error::Error> {
    let emitter = Emitter::new(api);
    let mut order: Vec<(crate::ir::TypeId, &TypeDef)> = api.type_defs().collect();
    order.sort_by(|(_, a), (_, b)| a.name.camel().cmp(b.name.camel()));
    let mut printer = super::Printer::new(file);
    // What the items name: the model types to import, the modules used.
    let mut used = Used::default();
    let mut print = |printer: &mut super::Printer<'_>, tokens: TokenStream| {
        used.add(&tokens);
        printer.item(tokens)
    };
    for (id, def) in &order {
        if let Some(tokens) = emitter.type_impl(*id, def) {
            print(&mut printer, tokens)?;
        }
        if let Some(tokens) = emitter.holding_impl(def) {
            print(&mut printer, tokens)?;
        }
    }
    let unchecked: Vec<Ident> = order
        .iter()
        .filter(|(id, def)| !matches!(def.kind, TypeKind::Alias(_)) && !emitter.needs[id.index()])
        .map(|(_, def)| type_ident(&def.name))
        .collect();
    if !unchecked.is_empty() {
        print(&mut printer, quote! { oapi_axum_runtime::nothing_to_check!( #( #unchecked ),* ); })?;
    }
    let reads = super::read_errors::impls(api, &emitter.models);
    let needs_json = !reads.is_empty();
    for read in reads {
        print(&mut printer, read)?;
    }
    // The patterns' statics, named as the checks above met them, go first.
    let mut statics = super::Printer::new(file);
    for (source, ident) in emitter.patterns.borrow().iter() {
        let pattern = emitter.models.imports.name("oapi_axum_runtime::support::Pattern");
        statics.item(quote! { static #ident: #pattern = #pattern::new(#source); })?;
    }
    printer.prepend(statics);
    // Modules are named in lower case, which no model type can take.
    for (module, path) in [("check", "oapi_axum_runtime::support::check"), ("read", "oapi_axum_runtime::support::read")] {
        if used.as_path(module) {
            emitter.models.imports.name(path);
        }
    }
    let imports = emitter.models.imports.items();
    // The model types named anywhere in the module.
    let named: BTreeSet<&String> = used.among(emitter.models.type_names()).collect();
    let models: Vec<Ident> = named.iter().map(|name| Ident::new(name, Span::call_site())).collect();
    // A list of more names than a screen holds says less than a glob, which
    // is safe here: no import above takes a model type's name.
    let models = match models.as_slice() {
        [] => quote! {},
        [one] => quote! { use super::models::#one; },
        many if many.len() > MAX_LISTED_IMPORTS => quote! { use super::models::*; },
        many => quote! { use super::models::{ #( #many ),* }; },
    };
    let text = printer.finish(quote! {
        //! The constraints of the API description, checked: every model type
        //! implements `Validate`, which reports each constraint a value
        //! breaks with the JSON pointer of the part that breaks it.
        #( #imports )*
        #models
    })?;
    Ok((text, needs_json))
}

struct Emitter<'a> {
    api: &'a Api,
    models: ModelEmitter<'a>,
    /// Per type: whether it has something to check, itself or inside.
    needs: Vec<bool>,
    /// Pattern source to the name of its static.
    patterns: RefCell<BTreeMap<String, Ident>>,
    /// The type (and field) being checked: what a pattern's static is named after.
    context: RefCell<String>,
}

impl<'a> Emitter<'a> {
    fn new(api: &'a Api) -> Self {
        let mut emitter = Emitter {
            api,
            models: ModelEmitter::new(api),
            needs: vec![false; api.types.len()],
            patterns: RefCell::default(),
            context: RefCell::default(),
        };
        // To a fixed point: a type needs checking if anything in it does,
        // through any number of references (and cycles).
        loop {
            let next: Vec<bool> = api.types.iter().map(|def| emitter.kind_needs(&def.kind)).collect();
            if next == emitter.needs {
                break;
            }
            emitter.needs = next;
        }
        emitter
    }

    fn kind_needs(&self, kind: &TypeKind) -> bool {
        match kind {
            TypeKind::Struct(s) => {
                s.min_properties.is_some()
                    || s.max_properties.is_some()
                    || s.not.is_some()
                    || !s.required_sets.is_empty()
                    || s.fields.iter().any(|f| !f.read_only && self.shape_needs(&f.shape))
                    || matches!(&s.additional, Additional::Map(values) if self.shape_needs(values))
            }
            TypeKind::Union(u) => {
                u.variants.iter().any(|v| self.shape_needs(&v.shape)) || (u.exclusive && u.discriminator.is_none() && self.may_overlap(u))
            }
            TypeKind::Alias(shape) | TypeKind::Newtype(shape) => self.shape_needs(shape),
            TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => false,
        }
    }

    /// The target of an alias whose type is `Option<T>`, as a shape of `T`.
    fn nullable_alias(&self, shape: &Shape) -> Option<Shape> {
        let ShapeKind::Named(id) = shape.kind else { return None };
        let TypeKind::Alias(inner) = &self.api.get(id).kind else { return None };
        (inner.nullable && inner.kind != ShapeKind::Null && inner.kind != ShapeKind::Any)
            .then(|| Shape { nullable: false, ..inner.clone() })
    }

    /// Whether two branches of a union could both read one JSON value (not
    /// when each reads a different JSON type).
    fn may_overlap(&self, u: &crate::ir::Union) -> bool {
        if u.variants.len() < 2 {
            return false;
        }
        let mut seen = BTreeSet::new();
        for v in &u.variants {
            match self.json_type(&v.shape) {
                Some(t) if !v.shape.nullable && seen.insert(t) => {}
                _ => return true,
            }
        }
        false
    }

    /// The JSON type a shape reads, where there is one (integers and
    /// numbers are one: `1` is both).
    fn json_type(&self, shape: &Shape) -> Option<&'static str> {
        Some(match &shape.kind {
            ShapeKind::String(_) => "string",
            ShapeKind::Integer(_) | ShapeKind::Number(_) => "number",
            ShapeKind::Boolean => "boolean",
            ShapeKind::Array(_) | ShapeKind::Tuple(_) => "array",
            ShapeKind::Map { .. } => "object",
            ShapeKind::Null => "null",
            ShapeKind::Any => return None,
            ShapeKind::Named(id) => match &self.api.get(*id).kind {
                TypeKind::Struct(_) => "object",
                TypeKind::Enum(_) => "string",
                TypeKind::Alias(inner) | TypeKind::Newtype(inner) => return self.json_type(inner),
                TypeKind::Union(_) | TypeKind::Never | TypeKind::LeftOut => return None,
            },
        })
    }

    fn shape_needs(&self, shape: &Shape) -> bool {
        has_constraints(&shape.kind, &shape.constraints)
            || match &shape.kind {
                ShapeKind::Named(id) => self.needs[id.index()],
                ShapeKind::String(StringFormat::Plain(Some(format))) => CHECKED_FORMATS.contains(&format.as_str()),
                ShapeKind::Array(items) => self.shape_needs(items),
                ShapeKind::Map { keys, values } => self.shape_needs(keys) || self.shape_needs(values),
                ShapeKind::Tuple(items) => items.iter().any(|item| self.shape_needs(item)),
                _ => false,
            }
    }

    /// Whether checking a value of `shape` is only asking the named types in
    /// it to check themselves: no constraint stated here, through lists and
    /// string-keyed maps (nullable or not). Such a value, in whatever
    /// `Option`, `Maybe`, `Box`, `Vec` or `BTreeMap` holds it, checks itself
    /// by one `validate_at`, as the runtime's impls for those walk it with
    /// the same places (`at.index(i)`, `at.key(key)`).
    fn delegates(&self, shape: &Shape) -> bool {
        if has_constraints(&shape.kind, &shape.constraints) {
            return false;
        }
        match &shape.kind {
            ShapeKind::Named(id) => self.needs[id.index()] && !matches!(self.api.get(*id).kind, TypeKind::Alias(_)),
            ShapeKind::Array(items) => self.delegates(items),
            ShapeKind::Map { keys, values } => {
                keys.kind == ShapeKind::String(StringFormat::Plain(None)) && !self.shape_needs(keys) && self.delegates(values)
            }
            _ => false,
        }
    }

    /// `value.validate_at(at, violations);`, by path if `Validate` is not in scope.
    fn validate_call(&self, value: &Val, at: &Place) -> TokenStream {
        let call = self.models.imports.call(
            "oapi_axum_runtime::Validate",
            (&value.tokens, &value.by_ref()),
            "validate_at",
            &quote! { #at, violations },
        );
        quote! { #call; }
    }

    /// Whether each branch of a union holds for the JSON `json`: reads as
    /// its type, and passes its checks.
    fn holds(&self, u: &crate::ir::Union) -> Vec<TokenStream> {
        u.variants
            .iter()
            .map(|v| {
                let ty = self.models.nullable_type(&v.shape);
                let checks = self.nullable_checks(&v.shape, &Val::reference(quote! { value }), &Place::At);
                if checks.is_empty() {
                    quote! { check::reads_as::<#ty>(&json) }
                } else if self.delegates(&v.shape) && !v.shape.nullable {
                    quote! { check::holds::<#ty>(&json) }
                } else {
                    quote! { check::passes(&json, |value: &#ty, at, violations| { #checks }) }
                }
            })
            .collect()
    }

    /// For a union whose `Deserialize` counts the branches that hold for
    /// the value as sent (see `ModelEmitter::counts_holding`): how many do.
    fn holding_impl(&self, def: &TypeDef) -> Option<TokenStream> {
        let TypeKind::Union(u) = &def.kind else { return None };
        if !self.models.counts_holding(u) {
            return None;
        }
        let ident = type_ident(&def.name);
        let holds = self.holds(u);
        let doc = " How many branches hold for the JSON `json`: judged on the value as sent, before any `default` is filled in.";
        Some(quote! {
            impl #ident {
                #[doc = #doc]
                pub(crate) fn holding(json: Option<Vec<u8>>) -> usize {
                    [ #( #holds ),* ].into_iter().filter(|held| *held).count()
                }
            }
        })
    }

    /// `impl Validate` for a type; aliases get none (their uses check them).
    fn type_impl(&self, id: crate::ir::TypeId, def: &TypeDef) -> Option<TokenStream> {
        let ident = type_ident(&def.name);
        if matches!(def.kind, TypeKind::Alias(_)) || !self.needs[id.index()] {
            return None;
        }
        *self.context.borrow_mut() = ident.to_string();
        let body = match &def.kind {
            TypeKind::Alias(_) | TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => return None,
            TypeKind::Struct(s) => self.struct_body(s),
            TypeKind::Union(u) => {
                let arms: Vec<TokenStream> = u
                    .variants
                    .iter()
                    .map(|v| {
                        let name = type_ident(&v.name);
                        let mut checks = self.nullable_checks(&v.shape, &Val::reference(quote! { value }), &Place::At);
                        if self.models.boxed(v) && !matches!(v.shape.kind, ShapeKind::Named(_)) && !checks.is_empty() {
                            checks = quote! { let value = &**value; #checks };
                        }
                        if checks.is_empty() {
                            quote! { Self::#name(_) => {} }
                        } else if let Some(call) = one_call(&checks) {
                            quote! { Self::#name(value) => #call, }
                        } else {
                            quote! { Self::#name(value) => { #checks } }
                        }
                    })
                    .collect();
                let any_checks = u.variants.iter().any(|v| self.shape_needs(&v.shape));
                let read = quote! { match self { #( #arms )* } };
                if u.discriminator.is_some() || !self.may_overlap(u) {
                    // A tag, or the JSON type, picks the one branch that can hold.
                    read
                } else {
                    // Read without a tag, by the first branch that fits: which
                    // branches hold decides, as JSON Schema says.
                    let holds = self.holds(u);
                    let exclusive = u.exclusive;
                    let read = if any_checks {
                        quote! { |violations| #read }
                    } else {
                        quote! { |_| {} }
                    };
                    quote! {
                        let json = check::json(self);
                        check::branches(
                            #read,
                            &[ #( #holds ),* ],
                            #exclusive,
                            at,
                            violations,
                        );
                    }
                }
            }
            TypeKind::Newtype(shape) => self.nullable_checks(shape, &Val::place(quote! { self.0 }), &Place::At),
        };
        let imports = &self.models.imports;
        let validate = imports.name("oapi_axum_runtime::Validate");
        let at = imports.name("oapi_axum_runtime::At");
        let violations = imports.name("oapi_axum_runtime::Violations");
        Some(quote! {
            impl #validate for #ident {
                fn validate_at(&self, at: &#at<'_>, violations: &mut #violations) {
                    #body
                }
            }
        })
    }

    fn struct_body(&self, s: &Struct) -> TokenStream {
        let mut out = Vec::new();
        let mut presence = Vec::new();
        for (field, ident) in s.fields.iter().zip(field_idents(&s.fields)) {
            let wire = field.name.raw();
            let wrapping = self.models.wrapping(field);
            *self.context.borrow_mut() = format!("{} {}", self.context.borrow().split(' ').next().unwrap_or(""), ident);
            presence.push((wire, ident.clone(), wrapping, field.flatten));
            // Read-only fields are never read from a request: nothing to check.
            if !self.shape_needs(&field.shape) || wrapping == Wrapping::Unread {
                continue;
            }
            if field.flatten {
                let call = self.models.imports.call(
                    "oapi_axum_runtime::Validate",
                    (&quote! { self.#ident }, &quote! { &self.#ident }),
                    "validate_at",
                    &quote! { at, violations },
                );
                out.push(quote! { #call; });
                continue;
            }
            let at = Place::made(quote! { at.key(#wire) });
            if self.nullable_alias(&field.shape).is_none() && self.delegates(&field.shape) {
                out.push(self.validate_call(&Val::place(quote! { self.#ident }), &at));
                continue;
            }
            // A field holding an alias of a nullable type is `Option<Option<T>>`
            // (or `Maybe<Option<T>>`): one pattern reaches the value.
            let (shape, inner_some) = match self.nullable_alias(&field.shape) {
                Some(mut inner) if wrapping != Wrapping::Plain => {
                    inner.constraints.merge(field.shape.constraints.clone());
                    (inner, true)
                }
                _ => (field.shape.clone(), false),
            };
            // The checks take an `Option` or `Maybe` as it is where they can;
            // else the value is bound.
            let in_place = !inner_some && (checks_present(&shape) || items_only(&shape));
            out.push(match wrapping {
                Wrapping::Plain | Wrapping::Unread => self.checks(&field.shape, &Val::place(quote! { self.#ident }), &at),
                _ if in_place => self.checks(&shape, &Val::place(quote! { self.#ident }), &at),
                Wrapping::Option | Wrapping::Maybe => {
                    let checks = self.checks(&shape, &Val::reference(quote! { value }), &at);
                    let binding = if inner_some {
                        quote! { Some(value) }
                    } else {
                        quote! { value }
                    };
                    if wrapping == Wrapping::Option {
                        quote! { if let Some(#binding) = &self.#ident { #checks } }
                    } else {
                        let maybe = self.models.imports.name("oapi_axum_runtime::Maybe");
                        quote! { if let #maybe::Value(#binding) = &self.#ident { #checks } }
                    }
                }
            });
        }
        if let Additional::Map(values) = &s.additional
            && self.shape_needs(values)
        {
            let checks = self.nullable_checks(values, &Val::reference(quote! { value }), &Place::made(quote! { at.key(key) }));
            out.push(quote! { for (key, value) in &self.additional_properties { #checks } });
        }
        if s.min_properties.is_some() || s.max_properties.is_some() {
            let mut fixed = 0usize;
            let mut counted = Vec::new();
            for (_, ident, wrapping, flatten) in &presence {
                match (wrapping, flatten) {
                    (_, true) => {}
                    (Wrapping::Plain, _) => fixed += 1,
                    (Wrapping::Option | Wrapping::Unread, _) => counted.push(quote! { usize::from(self.#ident.is_some()) }),
                    (Wrapping::Maybe, _) => counted.push(quote! { usize::from(!self.#ident.is_absent()) }),
                }
            }
            if matches!(s.additional, Additional::Map(_)) {
                counted.push(quote! { self.additional_properties.len() });
            }
            let mut terms: Vec<TokenStream> = Vec::new();
            if fixed > 0 || counted.is_empty() {
                terms.push(Literal::usize_unsuffixed(fixed).into_token_stream());
            }
            terms.extend(counted);
            out.push(quote! { let count = #( #terms )+*; });
            if let Some(min) = s.min_properties {
                let min = Literal::usize_unsuffixed(min);
                out.push(quote! { check::min_properties(count, #min, at, violations); });
            }
            if let Some(max) = s.max_properties {
                let max = Literal::usize_unsuffixed(max);
                out.push(quote! { check::max_properties(count, #max, at, violations); });
            }
        }
        for rule in &s.required_sets {
            let named: BTreeSet<&String> = rule.sets.iter().flatten().collect();
            let present = named.iter().filter_map(|name| {
                let (wire, ident, wrapping, _) = presence.iter().find(|(wire, ..)| wire == name)?;
                let is_present = match wrapping {
                    Wrapping::Plain => quote! { true },
                    Wrapping::Option | Wrapping::Unread => quote! { self.#ident.is_some() },
                    Wrapping::Maybe => quote! { !self.#ident.is_absent() },
                };
                Some(quote! { (#wire, #is_present) })
            });
            let sets = rule.sets.iter().map(|set| quote! { &[ #( #set ),* ] });
            let exclusive = rule.exclusive;
            out.push(quote! {
                check::required_sets(&[ #( #present ),* ], &[ #( #sets ),* ], #exclusive, at, violations);
            });
        }
        if let Some(not) = &s.not {
            let schema = not.to_string();
            out.push(quote! { check::not(self, #schema, at, violations); });
        }
        quote! { #( #out )* }
    }

    /// Checks of a value that is `Option<T>` when the shape is nullable.
    fn nullable_checks(&self, shape: &Shape, value: &Val, at: &Place) -> TokenStream {
        if self.delegates(shape) {
            return self.validate_call(value, at);
        }
        if shape.nullable && shape.kind != ShapeKind::Null && shape.kind != ShapeKind::Any && !checks_present(shape) {
            let checks = self.checks(shape, &Val::reference(quote! { value }), at);
            if checks.is_empty() {
                return checks;
            }
            let option = value.by_ref();
            quote! { if let Some(value) = #option { #checks } }
        } else {
            self.checks(shape, value, at)
        }
    }

    /// Checks of `value` (of the shape's non-null type) placed at `at` (an
    /// expression of type `&At`).
    fn checks(&self, shape: &Shape, value: &Val, at: &Place) -> TokenStream {
        let mut out = Vec::new();
        let c = &shape.constraints;
        let place = &value.tokens;
        let by_ref = value.by_ref();
        if self.delegates(shape) {
            return self.validate_call(value, at);
        }
        match &shape.kind {
            ShapeKind::Named(id) => {
                let def = self.api.get(*id);
                if let TypeKind::Alias(inner) = &def.kind {
                    // An alias is its target: check that, in place.
                    return self.nullable_checks(inner, value, at);
                }
                if self.needs[id.index()] {
                    let call = self.models.imports.call(
                        "oapi_axum_runtime::Validate",
                        (place, &by_ref),
                        "validate_at",
                        &quote! { #at, violations },
                    );
                    out.push(quote! { #call; });
                }
                // Constraints stated beside a union's branches apply to the
                // value's JSON form, each to the JSON type it is for.
                let rules = self.rules(c);
                if !rules.is_empty() {
                    out.push(quote! {
                        check::rules(#by_ref, &check::Rules { #( #rules, )* ..check::Rules::default() }, #at, violations);
                    });
                }
            }
            ShapeKind::String(StringFormat::Binary) => {
                // Octets: lengths count them; a pattern sees their text.
                if let Some(min) = c.min_length {
                    let min = Literal::usize_unsuffixed(min);
                    out.push(quote! { check::min_octets(#place.bytes.len(), #min, #at, violations); });
                }
                if let Some(max) = c.max_length {
                    let max = Literal::usize_unsuffixed(max);
                    out.push(quote! { check::max_octets(#place.bytes.len(), #max, #at, violations); });
                }
                if let Some(pattern) = &c.pattern {
                    let ident = self.pattern(pattern);
                    out.push(quote! { check::pattern(&String::from_utf8_lossy(&#place.bytes), &#ident, #at, violations); });
                }
            }
            ShapeKind::String(format) => {
                // Constraints on text apply to the text as sent: `Email` and
                // `Uri` keep it, base64 reads only its one canonical form;
                // a `Uuid` or date with them is kept as text (see the IR).
                let text = match format {
                    StringFormat::Plain(_) => by_ref.clone(),
                    StringFormat::Email | StringFormat::Uri => quote! { #place.as_str() },
                    StringFormat::Byte if c.min_length.is_some() || c.max_length.is_some() || c.pattern.is_some() => {
                        out.push(quote! { let text = #place.encode(); });
                        quote! { &text }
                    }
                    _ => quote! { &#place.to_string() },
                };
                if let Some(min) = c.min_length {
                    let min = Literal::usize_unsuffixed(min);
                    out.push(quote! { check::min_length(#text, #min, #at, violations); });
                }
                if let Some(max) = c.max_length {
                    let max = Literal::usize_unsuffixed(max);
                    out.push(quote! { check::max_length(#text, #max, #at, violations); });
                }
                if let Some(pattern) = &c.pattern {
                    let ident = self.pattern(pattern);
                    out.push(quote! { check::pattern(#text, &#ident, #at, violations); });
                }
                if let StringFormat::Plain(Some(format)) = format
                    && CHECKED_FORMATS.contains(&format.as_str())
                {
                    out.push(quote! { check::format(#text, #format, #at, violations); });
                }
            }
            ShapeKind::Integer(_) | ShapeKind::Number(_) => {
                if let Some(bound) = &c.minimum {
                    let (b, exclusive) = (float(bound.value), bound.exclusive);
                    out.push(quote! { check::minimum(#by_ref, #b, #exclusive, #at, violations); });
                }
                if let Some(bound) = &c.maximum {
                    let (b, exclusive) = (float(bound.value), bound.exclusive);
                    out.push(quote! { check::maximum(#by_ref, #b, #exclusive, #at, violations); });
                }
                if let Some(factor) = c.multiple_of {
                    let factor = float(factor);
                    out.push(quote! { check::multiple_of(#by_ref, #factor, #at, violations); });
                }
            }
            ShapeKind::Array(items) => {
                if let Some(min) = c.min_items {
                    let min = Literal::usize_unsuffixed(min);
                    out.push(quote! { check::min_items(#place.len(), #min, #at, violations); });
                }
                if let Some(max) = c.max_items {
                    let max = Literal::usize_unsuffixed(max);
                    out.push(quote! { check::max_items(#place.len(), #max, #at, violations); });
                }
                if c.unique_items {
                    if items.kind == ShapeKind::Any {
                        out.push(quote! { check::unique_json(#by_ref, #at, violations); });
                    } else {
                        out.push(quote! { check::unique_items(#by_ref, #at, violations); });
                    }
                }
                let item = self.nullable_checks(items, &Val::reference(quote! { item }), &Place::AtValue);
                if !item.is_empty() {
                    let list_at = at.receiver();
                    out.push(quote! { for (item, at) in #list_at.items(#by_ref) { #item } });
                }
            }
            ShapeKind::Map { keys, values } => {
                if let Some(min) = c.min_properties {
                    let min = Literal::usize_unsuffixed(min);
                    out.push(quote! { check::min_properties(#place.len(), #min, #at, violations); });
                }
                if let Some(max) = c.max_properties {
                    let max = Literal::usize_unsuffixed(max);
                    out.push(quote! { check::max_properties(#place.len(), #max, #at, violations); });
                }
                let key_checks = self.checks(keys, &Val::reference(quote! { key }), &Place::AtValue);
                let value_checks = self.nullable_checks(values, &Val::reference(quote! { entry }), &Place::AtValue);
                if !key_checks.is_empty() || !value_checks.is_empty() {
                    let entry_at = match &keys.kind {
                        ShapeKind::String(StringFormat::Plain(_)) => {
                            quote! { let at = entries_at.key(key); }
                        }
                        ShapeKind::Named(_) => quote! { let at = entries_at.key(key.as_str()); },
                        _ => {
                            quote! { let key_text = key.to_string(); let at = entries_at.key(&key_text); }
                        }
                    };
                    let entries = if value_checks.is_empty() {
                        quote! { key in #place.keys() }
                    } else {
                        quote! { (key, entry) in #by_ref }
                    };
                    out.push(quote! {
                        let entries_at = #at;
                        for #entries {
                            #entry_at
                            #key_checks
                            #value_checks
                        }
                    });
                }
            }
            ShapeKind::Tuple(items) => {
                let elements: Vec<TokenStream> = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let index = Literal::usize_unsuffixed(i);
                        let element = Val::place(quote! { #place.#index });
                        self.nullable_checks(item, &element, &Place::made(quote! { tuple_at.index(#index) }))
                    })
                    .filter(|checks| !checks.is_empty())
                    .collect();
                if !elements.is_empty() {
                    out.push(quote! { let tuple_at = #at; #( #elements )* });
                }
            }
            ShapeKind::Any => {
                let rules = self.rules(c);
                if !rules.is_empty() {
                    out.push(quote! {
                        check::value(#by_ref, &check::Rules { #( #rules, )* ..check::Rules::default() }, #at, violations);
                    });
                }
            }
            ShapeKind::Boolean | ShapeKind::Null => {}
        }
        if let Some(allowed) = &c.enumeration {
            let allowed = allowed.iter().map(ToString::to_string);
            out.push(quote! { check::enumeration(#by_ref, &[ #( #allowed ),* ], #at, violations); });
        }
        if let Some(not) = &c.not {
            let schema = not.to_string();
            out.push(quote! { check::not(#by_ref, #schema, #at, violations); });
        }
        quote! { #( #out )* }
    }

    /// The fields of `check::Rules` for a schema that takes any value.
    fn rules(&self, c: &Constraints) -> Vec<TokenStream> {
        let mut out = Vec::new();
        let count = |n: usize| Literal::usize_unsuffixed(n);
        if let Some(n) = c.min_length {
            let n = count(n);
            out.push(quote! { min_length: Some(#n) });
        }
        if let Some(n) = c.max_length {
            let n = count(n);
            out.push(quote! { max_length: Some(#n) });
        }
        if let Some(p) = &c.pattern {
            let ident = self.pattern(p);
            out.push(quote! { pattern: Some(&#ident) });
        }
        if let Some(b) = &c.minimum {
            let (v, e) = (float(b.value), b.exclusive);
            out.push(quote! { minimum: Some((#v, #e)) });
        }
        if let Some(b) = &c.maximum {
            let (v, e) = (float(b.value), b.exclusive);
            out.push(quote! { maximum: Some((#v, #e)) });
        }
        if let Some(f) = c.multiple_of {
            let f = float(f);
            out.push(quote! { multiple_of: Some(#f) });
        }
        if let Some(n) = c.min_items {
            let n = count(n);
            out.push(quote! { min_items: Some(#n) });
        }
        if let Some(n) = c.max_items {
            let n = count(n);
            out.push(quote! { max_items: Some(#n) });
        }
        if c.unique_items {
            out.push(quote! { unique_items: true });
        }
        if let Some(format) = &c.format {
            out.push(quote! { format: Some(#format) });
        }
        if let Some(json_type) = &c.json_type {
            out.push(quote! { json_type: Some(#json_type) });
        }
        if let Some(n) = c.min_properties {
            let n = count(n);
            out.push(quote! { min_properties: Some(#n) });
        }
        if let Some(n) = c.max_properties {
            let n = count(n);
            out.push(quote! { max_properties: Some(#n) });
        }
        out
    }

    /// The static holding `source`, named from its first use.
    fn pattern(&self, source: &str) -> Ident {
        if let Some(ident) = self.patterns.borrow().get(source) {
            return ident.clone();
        }
        let base = format!("{} pattern", self.context.borrow()).to_shouty_snake_case();
        let taken: BTreeSet<String> = self.patterns.borrow().values().map(ToString::to_string).collect();
        let mut name = base.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        let ident = format_ident!("{}", name);
        self.patterns.borrow_mut().insert(source.to_owned(), ident.clone());
        ident
    }
}

/// Whether every check of the shape reads its value through
/// `check::Checked`, which takes an `Option` or `Maybe` of it as it is and
/// checks the value when there is one: text and numbers, whose checks are
/// of length, pattern, format and bounds only.
fn checks_present(shape: &Shape) -> bool {
    let c = &shape.constraints;
    let checked = matches!(shape.kind, ShapeKind::String(StringFormat::Plain(_)) | ShapeKind::Integer(_) | ShapeKind::Number(_));
    checked && c.enumeration.is_none() && c.not.is_none()
}

/// Whether the checks of a list are its items' only, which
/// the runtime's `At::items` walks in an `Option` or `Maybe` as it is.
fn items_only(shape: &Shape) -> bool {
    matches!(shape.kind, ShapeKind::Array(_)) && !has_constraints(&shape.kind, &shape.constraints)
}

/// The call of checks that are one call statement, without its `;`, to
/// be a match arm's expression.
fn one_call(checks: &TokenStream) -> Option<TokenStream> {
    let tokens: Vec<proc_macro2::TokenTree> = checks.clone().into_iter().collect();
    let semis = tokens.iter().filter(|t| matches!(t, proc_macro2::TokenTree::Punct(p) if p.as_char() == ';')).count();
    let starts_plain = !matches!(tokens.first(), Some(proc_macro2::TokenTree::Ident(i)) if ["if", "for", "let", "match"].contains(&i.to_string().as_str()));
    match tokens.split_last() {
        Some((proc_macro2::TokenTree::Punct(p), call)) if p.as_char() == ';' && semis == 1 && starts_plain => {
            Some(call.iter().cloned().collect())
        }
        _ => None,
    }
}

/// Whether a constraint is stated that applies to values of `kind` (an
/// `enum` of a Rust enum is not one: the type holds it).
fn has_constraints(kind: &ShapeKind, c: &Constraints) -> bool {
    let strings = c.min_length.is_some() || c.max_length.is_some() || c.pattern.is_some();
    let numbers = c.minimum.is_some() || c.maximum.is_some() || c.multiple_of.is_some();
    let arrays = c.min_items.is_some() || c.max_items.is_some() || c.unique_items;
    let objects = c.min_properties.is_some() || c.max_properties.is_some();
    let any = c.enumeration.is_some() || c.not.is_some();
    any || match kind {
        ShapeKind::String(_) => strings,
        ShapeKind::Integer(_) | ShapeKind::Number(_) => numbers,
        ShapeKind::Array(_) | ShapeKind::Tuple(_) => arrays,
        ShapeKind::Map { .. } => objects,
        ShapeKind::Any | ShapeKind::Named(_) => strings || numbers || arrays || objects || c.format.is_some() || c.json_type.is_some(),
        ShapeKind::Boolean | ShapeKind::Null => false,
    }
}

/// A value the checks look at: a place (`self.name`) or a reference to
/// one (`value`, bound by `if let Some(value) = &self.name`).
/// Where a value is: the `&At` expression its checks are given.
#[derive(Debug, Clone)]
enum Place {
    /// The variable `at`, an `&At` (the argument of `validate_at`).
    At,
    /// The variable `at`, an `At` (an item's or entry's, in a loop).
    AtValue,
    /// A place made from another (`at.key("name")`, an `At`), given to
    /// checks by reference.
    Made(TokenStream),
}

impl Place {
    fn made(tokens: TokenStream) -> Self {
        Self::Made(tokens)
    }

    /// The place as the receiver of a method call: `at`, or the made
    /// expression itself (`at.key("name").items(..)`).
    fn receiver(&self) -> TokenStream {
        match self {
            Self::At | Self::AtValue => quote! { at },
            Self::Made(made) => made.clone(),
        }
    }
}

impl ToTokens for Place {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Self::At => tokens.extend(quote! { at }),
            Self::AtValue => tokens.extend(quote! { &at }),
            Self::Made(made) => tokens.extend(quote! { &#made }),
        }
    }
}

struct Val {
    tokens: TokenStream,
    is_ref: bool,
}

impl Val {
    fn place(tokens: TokenStream) -> Self {
        Self { tokens, is_ref: false }
    }

    fn reference(tokens: TokenStream) -> Self {
        Self { tokens, is_ref: true }
    }

    /// An expression of type `&T`.
    fn by_ref(&self) -> TokenStream {
        let tokens = &self.tokens;
        if self.is_ref {
            tokens.clone()
        } else {
            quote! { &#tokens }
        }
    }
}

/// A float literal that always reads as one (`3.0`, not `3`).
fn float(value: f64) -> Literal {
    Literal::f64_unsuffixed(value)
}
