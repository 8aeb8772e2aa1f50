//! Builds the [`Api`] of a loaded document.

use std::collections::HashSet;

use super::resolve::Resolver;
use super::types::TypeBuilder;
use super::{Api, Shape, ShapeKind, TypeDef, TypeId, TypeKind, operations, security};
use crate::error::Error;
use crate::load::Document;

/// Lowers a loaded document to its IR.
pub fn build(doc: &Document) -> Result<Api, Error> {
    let openapi = &doc.openapi;
    let resolver = Resolver::new(&doc.file, openapi);
    let schemas = openapi.components.as_ref().map(|c| &c.schemas);
    let mut types = TypeBuilder::new(&resolver, schemas)?;
    types.define_components()?;
    let schemes = security::schemes(&resolver, openapi)?;
    let operations = operations::operations(&resolver, openapi, &mut types, &schemes)?;
    let mut types = types.finish();
    mark_indirect(&mut types);
    Ok(Api {
        title: openapi.info.title.clone(),
        version: openapi.info.version.clone(),
        description: openapi.info.description.clone(),
        types,
        operations,
        security_schemes: schemes,
    })
}

/// The types a shape holds by value (not behind an array or a map).
fn direct(shape: &Shape, out: &mut Vec<TypeId>) {
    if let ShapeKind::Named(id) = shape.kind {
        out.push(id);
    }
}

fn edges(def: &TypeDef) -> Vec<TypeId> {
    let mut out = Vec::new();
    match &def.kind {
        TypeKind::Struct(s) => s.fields.iter().for_each(|f| direct(&f.shape, &mut out)),
        TypeKind::Union(u) => u.variants.iter().for_each(|v| direct(&v.shape, &mut out)),
        TypeKind::Alias(shape) => direct(shape, &mut out),
        TypeKind::Enum(_) => {}
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

/// Marks the fields and variants whose type contains, by value, the type
/// that holds them: those must be stored out of line.
fn mark_indirect(types: &mut [TypeDef]) {
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for (index, def) in types.iter().enumerate() {
        let holder = TypeId(index);
        let targets: Vec<Option<TypeId>> = match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().map(|f| named(&f.shape)).collect(),
            TypeKind::Union(u) => u.variants.iter().map(|v| named(&v.shape)).collect(),
            TypeKind::Alias(_) | TypeKind::Enum(_) => Vec::new(),
        };
        for (slot, target) in targets.into_iter().enumerate() {
            if let Some(target) = target
                && reaches(types, target, holder)
            {
                marks.push((index, slot));
            }
        }
    }
    for (index, slot) in marks {
        match &mut types[index].kind {
            TypeKind::Struct(s) => s.fields[slot].indirect = true,
            TypeKind::Union(u) => u.variants[slot].indirect = true,
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
    }
}

fn named(shape: &Shape) -> Option<TypeId> {
    match shape.kind {
        ShapeKind::Named(id) => Some(id),
        _ => None,
    }
}
