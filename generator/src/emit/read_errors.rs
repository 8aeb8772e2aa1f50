//! `impl ReadErrors` for the model types a JSON request body holds (part of
//! the `validation` module): when a body does not read, the server reports
//! every place it does not, as it reports every broken constraint, rather
//! than where serde stopped. Structs check each property; enums, unions and
//! newtypes read whole.

use proc_macro2::TokenStream;
use quote::quote;

use super::models::{ModelEmitter, Wrapping, type_ident};
use crate::ir::{Additional, Api, Field, Payload, Shape, ShapeKind, Struct, TypeKind};

/// The impls, in type name order.
pub(super) fn impls(api: &Api, models: &ModelEmitter<'_>) -> Vec<TokenStream> {
    let reached = reached(api, models);
    let imports = &models.imports;
    let mut order: Vec<usize> = (0..api.types.len()).filter(|id| reached[*id]).collect();
    order.sort_by(|a, b| api.types[*a].name.camel().cmp(api.types[*b].name.camel()));
    let mut impls = Vec::new();
    let mut whole = Vec::new();
    for id in order {
        let def = &api.types[id];
        let ident = type_ident(&def.name);
        match &def.kind {
            TypeKind::Alias(_) => {}
            TypeKind::Struct(_) | TypeKind::Newtype(_) => {
                let read_errors = imports.name("oapi_axum_runtime::support::ReadErrors");
                let (body, reads) = match &def.kind {
                    TypeKind::Struct(s) => (struct_body(s, models), struct_reads(api, s, models)),
                    TypeKind::Newtype(shape) => {
                        let inner = models.nullable_type(shape);
                        let reads = imports.name("oapi_axum_runtime::support::Reads");
                        (
                            quote! { <#inner as #read_errors>::read_errors(value, at, violations); },
                            Some(quote! {
                                fn reads() -> #reads {
                                    <#inner as #read_errors>::reads()
                                }
                            }),
                        )
                    }
                    _ => (quote! {}, None),
                };
                let value = imports.name("serde_json::Value");
                let at = imports.name("oapi_axum_runtime::At");
                let violations = imports.name("oapi_axum_runtime::Violations");
                impls.push(quote! {
                    impl #read_errors for #ident {
                        fn read_errors(value: &#value, at: &#at<'_>, violations: &mut #violations) {
                            #body
                        }

                        #reads
                    }
                });
            }
            TypeKind::Union(u) if !models.is_discriminated(u) => {
                // Untagged: it reads when one of its variants does, which
                // each variant's own check tells without building it.
                let read_errors = imports.name("oapi_axum_runtime::support::ReadErrors");
                let value = imports.name("serde_json::Value");
                let at = imports.name("oapi_axum_runtime::At");
                let violations = imports.name("oapi_axum_runtime::Violations");
                let reads = imports.name("oapi_axum_runtime::support::Reads");
                let types: Vec<TokenStream> = u.variants.iter().map(|v| models.variant_type(v)).collect();
                // Members beside the branches are checked whatever they are:
                // the value is kept whole for them.
                let what = if u.members.is_some() {
                    quote! { #reads::Whole }
                } else {
                    quote! { #reads::Variants(&[ #( <#types as #read_errors>::reads ),* ]) }
                };
                impls.push(quote! {
                    impl #read_errors for #ident {
                        fn read_errors(value: &#value, at: &#at<'_>, violations: &mut #violations) {
                            read::any_variant(value, at, violations, &[ #( <#types as #read_errors>::read_errors ),* ]);
                        }

                        fn reads() -> #reads {
                            #what
                        }
                    }
                });
            }
            TypeKind::Enum(_) | TypeKind::Union(_) | TypeKind::Never | TypeKind::LeftOut => whole.push(ident),
        }
    }
    if !whole.is_empty() {
        impls.push(quote! { oapi_axum_runtime::reads_whole!( #( #whole ),* ); });
    }
    impls
}

/// The property's type as `read_errors` reads it, or `None` for a property
/// the struct never reads.
fn read_type(field: &Field, models: &ModelEmitter<'_>) -> Option<TokenStream> {
    let wrapping = models.wrapping(field);
    if wrapping == Wrapping::Unread {
        // Never read, so not a property the struct knows either.
        return None;
    }
    let mut inner = models.plain_type(&field.shape);
    if field.indirect {
        inner = quote! { Box<#inner> };
    }
    // What the property takes when present: `null` only if nullable.
    Some(match wrapping {
        Wrapping::Maybe => {
            let maybe = models.imports.name("oapi_axum_runtime::Maybe");
            quote! { #maybe<#inner> }
        }
        Wrapping::Option if field.shape.nullable => quote! { Option<#inner> },
        Wrapping::Plain | Wrapping::Option | Wrapping::Unread => inner,
    })
}

/// `fn reads` for a struct with no union flattened into it: the members a
/// body's parse builds, sorted by name, each as its type reads, and what
/// of the others it reads: each as a type (`additionalProperties:
/// <schema>`), their names (`false`: each is refused) or nothing.
fn struct_reads(api: &Api, s: &Struct, models: &ModelEmitter<'_>) -> Option<TokenStream> {
    if s.fields.iter().any(|field| field.flatten) {
        return None;
    }
    let read_errors = models.imports.name("oapi_axum_runtime::support::ReadErrors");
    let reads = models.imports.name("oapi_axum_runtime::support::Reads");
    let mut members: Vec<(&str, TokenStream)> = s
        .fields
        .iter()
        .filter_map(|field| {
            let ty = read_type(field, models)?;
            let member = if reads_whole(api, &field.shape, 0) {
                quote! { #reads::whole }
            } else {
                quote! { <#ty as #read_errors>::reads }
            };
            Some((field.name.raw(), member))
        })
        .collect();
    members.sort_by(|a, b| a.0.cmp(b.0));
    members.dedup_by(|a, b| a.0 == b.0);
    let members = members.iter().map(|(wire, member)| quote! { (#wire, #member) });
    let listed = match &s.additional {
        Additional::Map(values) => {
            let others = models.nullable_type(values);
            quote! { #reads::Open(&[ #( #members ),* ], <#others as #read_errors>::reads) }
        }
        Additional::Deny => quote! { #reads::Closed(&[ #( #members ),* ]) },
        Additional::Ignore => quote! { #reads::Members(&[ #( #members ),* ]) },
    };
    Some(quote! {
        fn reads() -> #reads {
            #listed
        }
    })
}

/// Whether a value of `shape` is read whole and checked: no struct (whose
/// `reads` lists members), any value or map (which may read unchecked) is
/// reached through it, through aliases and arrays.
fn reads_whole(api: &Api, shape: &Shape, depth: usize) -> bool {
    match &shape.kind {
        ShapeKind::Array(items) => reads_whole(api, items, depth + 1),
        ShapeKind::Any | ShapeKind::Map { .. } => false,
        ShapeKind::Named(id) => match &api.get(*id).kind {
            TypeKind::Struct(_) | TypeKind::Newtype(_) | TypeKind::Union(_) => false,
            // An alias of an alias of ... is followed this far.
            TypeKind::Alias(inner) => depth < 32 && reads_whole(api, inner, depth + 1),
            TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => true,
        },
        _ => true,
    }
}

fn struct_body(s: &Struct, models: &ModelEmitter<'_>) -> TokenStream {
    let mut steps = Vec::new();
    for field in &s.fields {
        if field.flatten {
            let ty = models.plain_type(&field.shape);
            steps.push(quote! { object.flattened::<#ty>(); });
            continue;
        }
        let Some(ty) = read_type(field, models) else { continue };
        let wire = field.name.raw();
        steps.push(if field.required {
            quote! { object.required::<#ty>(#wire); }
        } else {
            quote! { object.optional::<#ty>(#wire); }
        });
    }
    match &s.additional {
        Additional::Ignore => {}
        Additional::Deny => steps.push(quote! { object.no_others(); }),
        Additional::Map(values) => {
            let ty = models.nullable_type(values);
            steps.push(quote! { object.others::<#ty>(); });
        }
    }
    if steps.is_empty() {
        // Only that it is an object.
        return quote! { read::object(value, at, violations); };
    }
    quote! {
        let Some(mut object) = read::object(value, at, violations) else { return };
        #( #steps )*
    }
}

/// The types a JSON request body reaches through properties, the variants
/// of untagged unions, aliases, lists and maps (not the variants of unions
/// read by their discriminator: those read whole).
fn reached(api: &Api, models: &ModelEmitter<'_>) -> Vec<bool> {
    let mut reached = vec![false; api.types.len()];
    let mut stack: Vec<&Shape> = api
        .operations
        .iter()
        .filter_map(|op| op.body.as_ref())
        .flat_map(|body| &body.content)
        .filter(|content| content.payload == Payload::Json)
        .filter_map(|content| content.shape.as_ref())
        .collect();
    while let Some(shape) = stack.pop() {
        match &shape.kind {
            ShapeKind::Array(items) => stack.push(items),
            ShapeKind::Map { values, .. } => stack.push(values),
            ShapeKind::Named(id) if !reached[id.index()] => {
                reached[id.index()] = true;
                match &api.get(*id).kind {
                    TypeKind::Struct(s) => {
                        stack.extend(s.fields.iter().filter(|f| !f.read_only).map(|f| &f.shape));
                        if let Additional::Map(values) = &s.additional {
                            stack.push(values);
                        }
                    }
                    TypeKind::Alias(inner) | TypeKind::Newtype(inner) => stack.push(inner),
                    TypeKind::Union(u) if !models.is_discriminated(u) => stack.extend(u.variants.iter().map(|v| &v.shape)),
                    TypeKind::Enum(_) | TypeKind::Union(_) | TypeKind::Never | TypeKind::LeftOut => {}
                }
            }
            _ => {}
        }
    }
    reached
}
