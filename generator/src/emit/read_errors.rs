//! `impl ReadErrors` for the model types a JSON request body holds (part of
//! the `validation` module): when a body does not read, the server reports
//! every place it does not, as it reports every broken constraint, rather
//! than where serde stopped. Structs check each property; enums, unions and
//! newtypes read whole.

use proc_macro2::TokenStream;
use quote::quote;

use super::models::{ModelEmitter, Wrapping, type_ident};
use super::server::main_content;
use crate::ir::{Additional, Api, Payload, Shape, ShapeKind, Struct, TypeKind};

/// The impls, in type name order.
pub(super) fn impls(api: &Api, models: &ModelEmitter<'_>) -> Vec<TokenStream> {
    let reached = reached(api);
    let imports = &models.imports;
    let mut order: Vec<usize> = (0..api.types.len()).filter(|id| reached[*id]).collect();
    order.sort_by_key(|id| type_ident(&api.types[*id].name).to_string());
    let mut impls = Vec::new();
    let mut whole = Vec::new();
    for id in order {
        let def = &api.types[id];
        let ident = type_ident(&def.name);
        match &def.kind {
            TypeKind::Alias(_) => {}
            TypeKind::Struct(_) | TypeKind::Newtype(_) => {
                let body = match &def.kind {
                    TypeKind::Struct(s) => struct_body(s, models),
                    TypeKind::Newtype(shape) => {
                        let inner = models.nullable_type(shape);
                        let read_errors = imports.name("oapi_axum_runtime::support::ReadErrors");
                        quote! { <#inner as #read_errors>::read_errors(value, at, violations); }
                    }
                    _ => quote! {},
                };
                let read_errors = imports.name("oapi_axum_runtime::support::ReadErrors");
                let value = imports.name("serde_json::Value");
                let at = imports.name("oapi_axum_runtime::At");
                let violations = imports.name("oapi_axum_runtime::Violations");
                impls.push(quote! {
                    impl #read_errors for #ident {
                        fn read_errors(value: &#value, at: &#at<'_>, violations: &mut #violations) {
                            #body
                        }
                    }
                });
            }
            TypeKind::Enum(_) | TypeKind::Union(_) | TypeKind::Never => whole.push(ident),
        }
    }
    if !whole.is_empty() {
        impls.push(quote! { oapi_axum_runtime::reads_whole!( #( #whole ),* ); });
    }
    impls
}

fn struct_body(s: &Struct, models: &ModelEmitter<'_>) -> TokenStream {
    let mut steps = Vec::new();
    for field in &s.fields {
        if field.flatten {
            let ty = models.plain_type(&field.shape);
            steps.push(quote! { object.flattened::<#ty>(); });
            continue;
        }
        let wrapping = models.wrapping(field);
        if wrapping == Wrapping::Unread {
            // Never read, so not a property the struct knows either.
            continue;
        }
        let wire = field.name.raw();
        let mut inner = models.plain_type(&field.shape);
        if field.indirect {
            inner = quote! { Box<#inner> };
        }
        // What the property takes when present: `null` only if nullable.
        let ty = match wrapping {
            Wrapping::Maybe => {
                let maybe = models.imports.name("oapi_axum_runtime::Maybe");
                quote! { #maybe<#inner> }
            }
            Wrapping::Option if field.shape.nullable => quote! { Option<#inner> },
            Wrapping::Plain | Wrapping::Option | Wrapping::Unread => inner,
        };
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

/// The types a JSON request body reaches through properties (not union
/// branches: unions read whole), aliases, lists and maps.
fn reached(api: &Api) -> Vec<bool> {
    let mut reached = vec![false; api.types.len()];
    let mut stack: Vec<&Shape> = api
        .operations
        .iter()
        .filter_map(|op| op.body.as_ref())
        .filter_map(|body| main_content(&body.content))
        .filter(|content| content.payload == Payload::Json)
        .filter_map(|content| content.shape.as_ref())
        .collect();
    while let Some(shape) = stack.pop() {
        match &shape.kind {
            ShapeKind::Array(items) => stack.push(items),
            ShapeKind::Map { values, .. } => stack.push(values),
            ShapeKind::Named(id) if !reached[id.0] => {
                reached[id.0] = true;
                match &api.get(*id).kind {
                    TypeKind::Struct(s) => {
                        stack.extend(s.fields.iter().filter(|f| !f.read_only).map(|f| &f.shape));
                        if let Additional::Map(values) = &s.additional {
                            stack.push(values);
                        }
                    }
                    TypeKind::Alias(inner) | TypeKind::Newtype(inner) => stack.push(inner),
                    TypeKind::Enum(_) | TypeKind::Union(_) | TypeKind::Never => {}
                }
            }
            _ => {}
        }
    }
    reached
}
