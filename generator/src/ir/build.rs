//! Builds the [`Api`] of a loaded document.

use std::collections::HashSet;

use super::resolve::Resolver;
use super::types::TypeBuilder;
use super::{Additional, Api, Options, Shape, ShapeKind, TypeDef, TypeId, TypeKind, operations, refusals, security};
use crate::error::Error;
use crate::load::Document;

/// Lowers a loaded document to its IR with the default [`Options`]; the
/// first problem stops it.
pub fn build(doc: &Document) -> Result<Api, Error> {
    build_with(doc, &Options::default())
}

/// Lowers a loaded document to its IR; the first problem stops it.
pub fn build_with(doc: &Document, options: &Options) -> Result<Api, Error> {
    build_reporting(doc, options).map_err(|mut errors| errors.swap_remove(0))
}

/// Lowers a loaded document to its IR, or reports every problem found: each
/// schema and each operation is tried even after others failed.
pub fn build_reporting(doc: &Document, options: &Options) -> Result<Api, Vec<Error>> {
    // Strict: a keyword loading left out refuses the document.
    if options.strict && !doc.repairs.is_empty() {
        return Err(doc.repairs.clone());
    }
    // What is wrong points where a person finds it: where bundling found
    // what it moved.
    lower(doc, options)
        .map(|mut api| {
            api.warnings = std::mem::take(&mut api.warnings).into_iter().map(|w| doc.locate_warning(w)).collect();
            api
        })
        .map_err(|errors| errors.into_iter().map(|e| doc.locate(e)).collect())
}

fn lower(doc: &Document, options: &Options) -> Result<Api, Vec<Error>> {
    let openapi = &doc.openapi;
    let resolver = Resolver::new(&doc.file, openapi);
    let schemas = openapi.components.as_ref().map(|c| &c.schemas);
    let mut types = TypeBuilder::new(&resolver, schemas, &doc.keywords, &doc.unreadable, options).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    types.define_components(&mut errors);
    let mut warnings = doc.warnings.clone();
    let schemes = security::schemes(&resolver, openapi, &mut warnings).map_err(|e| vec![e])?;
    let mut operations = operations::operations(&resolver, openapi, &mut types, &schemes, options, &mut warnings, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    // Its faults were reported with the operations that inherit it.
    let security = match &openapi.security {
        Some(list) => security::requirements(&resolver, &schemes, list, "/security", &mut Vec::new()).unwrap_or_default(),
        None => Vec::new(),
    };
    let (mut types, type_warnings) = types.finish();
    warnings.extend(type_warnings);
    wrap_recursive_aliases(&doc.file, &mut types).map_err(|e| vec![e])?;
    mark_indirect(&mut types);
    operations::classify_payloads(&types, &mut operations, &mut warnings);
    let refusals = refusals::refusals(&types, &mut operations, &mut warnings);
    // A component (a response, say) used by many operations is warned of once.
    let mut seen = HashSet::new();
    warnings.retain(|warning| seen.insert((warning.pointer.clone(), warning.message.clone())));
    keep_unlisted_in_exclusive_branches(&mut types);
    Ok(Api {
        title: openapi.info.title.clone(),
        version: openapi.info.version.clone(),
        description: openapi.info.description.clone(),
        types,
        operations,
        security_schemes: schemes,
        security,
        refusals,
        warnings,
    })
}

/// The object types among a `oneOf`'s untagged branches keep the properties
/// they do not list (as JSON Schema's default allows), when another branch
/// could also read an object: exactly one branch must hold for the value as
/// sent, and a branch that dropped what only another branch declares would
/// be judged on less than was sent.
fn keep_unlisted_in_exclusive_branches(types: &mut [TypeDef]) {
    /// Whether the shape can read an object, with the structs that would
    /// read it (through aliases and nested unions).
    fn objects(types: &[TypeDef], shape: &Shape, structs: &mut Vec<TypeId>, seen: &mut Vec<TypeId>) -> bool {
        match &shape.kind {
            ShapeKind::Map { .. } | ShapeKind::Any => true,
            ShapeKind::Named(id) if seen.contains(id) => true,
            ShapeKind::Named(id) => {
                seen.push(*id);
                match &types[id.0].kind {
                    TypeKind::Struct(_) => {
                        structs.push(*id);
                        true
                    }
                    TypeKind::Alias(inner) | TypeKind::Newtype(inner) => objects(types, inner, structs, seen),
                    TypeKind::Union(u) => {
                        let mut any = false;
                        for v in &u.variants {
                            any |= objects(types, &v.shape, structs, seen);
                        }
                        any
                    }
                    TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => false,
                }
            }
            _ => false,
        }
    }
    let mut open = Vec::new();
    for def in types.iter() {
        let TypeKind::Union(u) = &def.kind else { continue };
        if !u.exclusive || u.variants.iter().any(|v| v.tag.is_some()) {
            continue;
        }
        let mut structs = Vec::new();
        let readers = u.variants.iter().filter(|v| objects(types, &v.shape, &mut structs, &mut Vec::new())).count();
        if readers >= 2 {
            open.extend(structs);
        }
    }
    for id in open {
        if let TypeKind::Struct(s) = &mut types[id.0].kind
            && s.additional == Additional::Ignore
        {
            s.additional = Additional::Map(Box::new(Shape::new(ShapeKind::Any)));
        }
    }
}

/// How an alias reaches a type: not at all, only through other aliases
/// (a cycle with no value in it), or through an array, map or tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    No,
    Directly,
    ThroughContainer,
}

fn alias_reach(types: &[TypeDef], shape: &Shape, target: TypeId, contained: bool, seen: &mut Vec<TypeId>) -> Reach {
    let found = if contained { Reach::ThroughContainer } else { Reach::Directly };
    match &shape.kind {
        ShapeKind::Named(id) if *id == target => found,
        ShapeKind::Named(id) => match &types[id.0].kind {
            TypeKind::Alias(inner) if !seen.contains(id) => {
                seen.push(*id);
                alias_reach(types, inner, target, contained, seen)
            }
            _ => Reach::No,
        },
        ShapeKind::Array(items) => alias_reach(types, items, target, true, seen),
        ShapeKind::Map { values, .. } => alias_reach(types, values, target, true, seen),
        ShapeKind::Tuple(items) => {
            items.iter().map(|item| alias_reach(types, item, target, true, seen)).find(|r| *r != Reach::No).unwrap_or(Reach::No)
        }
        _ => Reach::No,
    }
}

/// An alias that contains itself (`Tree = array of Tree`) becomes a
/// newtype; one that is only itself (`A = B`, `B = A`) means nothing and is
/// an error.
fn wrap_recursive_aliases(file: &std::path::Path, types: &mut [TypeDef]) -> Result<(), Error> {
    for index in 0..types.len() {
        let TypeKind::Alias(shape) = &types[index].kind else { continue };
        match alias_reach(types, shape, TypeId(index), false, &mut Vec::new()) {
            Reach::No => {}
            Reach::Directly => {
                return Err(Error::new(
                    file,
                    &types[index].source,
                    "this schema is only a reference to itself, through a cycle of `$ref`s",
                ));
            }
            Reach::ThroughContainer => {
                let TypeKind::Alias(shape) = std::mem::replace(&mut types[index].kind, TypeKind::Never) else {
                    unreachable!("matched above")
                };
                types[index].kind = TypeKind::Newtype(shape);
            }
        }
    }
    Ok(())
}

/// The types a shape holds by value (not behind an array or a map).
fn direct(shape: &Shape, out: &mut Vec<TypeId>) {
    match &shape.kind {
        ShapeKind::Named(id) => out.push(*id),
        ShapeKind::Tuple(items) => items.iter().for_each(|item| direct(item, out)),
        _ => {}
    }
}

/// The types a type holds by value, each with the slot (field or variant)
/// that holds it; slots already stored out of line are left out.
fn edges(def: &TypeDef) -> Vec<TypeId> {
    let mut out = Vec::new();
    match &def.kind {
        TypeKind::Struct(s) => s.fields.iter().filter(|f| !f.indirect).for_each(|f| direct(&f.shape, &mut out)),
        TypeKind::Union(u) => u.variants.iter().filter(|v| !v.indirect).for_each(|v| direct(&v.shape, &mut out)),
        TypeKind::Alias(shape) | TypeKind::Newtype(shape) => direct(shape, &mut out),
        TypeKind::Enum(_) | TypeKind::Never | TypeKind::LeftOut => {}
    }
    out
}

/// `true` if `from` holds `to` by value, through any chain of types.
fn reaches(types: &[TypeDef], from: TypeId, to: TypeId) -> bool {
    let mut seen = HashSet::new();
    let mut stack = vec![from];
    while let Some(id) = stack.pop() {
        if id == to {
            return true;
        }
        if seen.insert(id) {
            stack.extend(edges(&types[id.0]));
        }
    }
    false
}

/// Marks the fields and variants that must be stored out of line because
/// the value would otherwise contain itself; in type order, each one only if
/// the cycle it closes is not already broken, so `A -> B -> A` boxes one
/// edge, not both.
fn mark_indirect(types: &mut [TypeDef]) {
    for index in 0..types.len() {
        let holder = TypeId(index);
        let slots = match &types[index].kind {
            TypeKind::Struct(s) => s.fields.len(),
            TypeKind::Union(u) => u.variants.len(),
            _ => 0,
        };
        for slot in 0..slots {
            let target = match &types[index].kind {
                TypeKind::Struct(s) => named(&s.fields[slot].shape),
                TypeKind::Union(u) => named(&u.variants[slot].shape),
                _ => None,
            };
            if let Some(target) = target
                && reaches(types, target, holder)
            {
                match &mut types[index].kind {
                    TypeKind::Struct(s) => s.fields[slot].indirect = true,
                    TypeKind::Union(u) => u.variants[slot].indirect = true,
                    _ => {}
                }
            }
        }
    }
}

fn named(shape: &Shape) -> Option<TypeId> {
    match shape.kind {
        ShapeKind::Named(id) => Some(id),
        _ => None,
    }
}
