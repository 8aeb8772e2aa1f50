//! Lowers JSON schemas to [`Shape`]s and named [`TypeDef`]s.
//!
//! Component schemas keep their names; inline schemas that need a type of
//! their own (objects, string enums, unions) are named after where they are
//! (`OrganizationCreate` + `branding` = `OrganizationCreateBranding`).

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat as OaStringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::names::{Name, NameSet};
use super::resolve::{Resolver, ref_name};
use super::{
    Additional, Bound, Constraints, Discriminator, Docs, Enum, EnumVariant, Field, IntegerFormat, NumberFormat, RequiredSets, Shape,
    ShapeKind, StringFormat, Struct, TypeDef, TypeId, TypeKind, Union, UnionVariant, Untyped, Warning,
};
use crate::error::{Error, pointer_push};

/// The extension in which a document names a schema's or operation's Rust type.
pub(super) const RUST_NAME: &str = "x-rust-name";
/// Where the normalizer carries `propertyNames`.
const PROPERTY_NAMES: &str = "x-oapi-axum-property-names";
/// Where the normalizer carries `prefixItems`.
const PREFIX_ITEMS: &str = "x-oapi-axum-prefix-items";

/// What a schema lowers to: a type that needs a name, or a plain shape.
enum Lowered {
    /// A struct, enum or union; `nullable` when the schema admits null.
    Kind(TypeKind, bool),
    /// Anything else.
    Shape(Shape),
}

/// Builds the named types of one document.
pub struct TypeBuilder<'a> {
    pub(super) resolver: &'a Resolver<'a>,
    schemas: Option<&'a IndexMap<String, ReferenceOr<Schema>>>,
    types: Vec<Option<TypeDef>>,
    names: NameSet,
    components: HashMap<String, TypeId>,
    /// String enums made from inline schemas: one type per set of values.
    inline_enums: Vec<(Enum, TypeId)>,
    /// Structs made from inline schemas, by their property names: one type
    /// per structure (properties, their shapes and docs, the rules).
    inline_structs: HashMap<Vec<String>, Vec<(Struct, TypeId)>>,
    /// Unions made from inline schemas, by their variants' names: one type
    /// per structure (variants, their shapes, the rules), as for structs.
    inline_unions: HashMap<Vec<String>, Vec<(Union, TypeId)>>,
    /// Problems of the document worked around.
    pub warnings: Vec<Warning>,
    untyped: Untyped,
    /// The components whose schemas are being merged into an `allOf` now,
    /// innermost last: one met again is a cycle no merge can finish.
    merging: Vec<String>,
}

/// Object properties in the form both object schemas and loose schemas give.
struct ObjectParts<'s> {
    /// `propertyNames`, carried as an extension by the normalizer.
    property_names: Option<&'s Value>,
    properties: &'s IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: &'s [String],
    additional: Option<&'s AdditionalProperties>,
    min_properties: Option<usize>,
    max_properties: Option<usize>,
}

impl<'a> TypeBuilder<'a> {
    /// Names every component schema; their definitions follow in
    /// [`TypeBuilder::define_components`].
    pub fn new(
        resolver: &'a Resolver<'a>,
        schemas: Option<&'a IndexMap<String, ReferenceOr<Schema>>>,
        options: &super::Options,
    ) -> Result<Self, Error> {
        let untyped = options.untyped;
        let mut builder = Self {
            resolver,
            schemas,
            types: Vec::new(),
            names: NameSet::for_types(),
            components: HashMap::new(),
            inline_enums: Vec::new(),
            inline_structs: HashMap::new(),
            inline_unions: HashMap::new(),
            warnings: Vec::new(),
            untyped,
            merging: Vec::new(),
        };
        // Two schema names may be one once cased (`address` and `Address`).
        // A name already in its Rust form keeps it; the others are claimed
        // in document order, and one whose form is taken gets a number.
        if let Some(stale) = options.renames.schemas.keys().find(|key| schemas.is_none_or(|all| !all.contains_key(*key))) {
            let file = options.renames.file.as_deref().unwrap_or(resolver.file);
            return Err(Error::new(file, pointer_push("/schemas", stale), format!("no schema of the document is `{stale}`")));
        }
        let Some(schemas) = schemas else { return Ok(builder) };
        let wanted: Vec<Name> = schemas.keys().map(|name| Name::new(name.as_str())).collect();
        let cased = |name: &Name| heck::ToUpperCamelCase::to_upper_camel_case(name.key().as_str());
        let mut claimed: Vec<Option<(Name, bool)>> = vec![None; wanted.len()];
        let mut owner: HashMap<String, usize> = HashMap::new();
        // Names the user chose come first, exactly.
        for (i, (name, schema)) in schemas.iter().enumerate() {
            let at = pointer_push("/components/schemas", name);
            let extension = match schema {
                ReferenceOr::Item(schema) => schema.schema_data.extensions.get(RUST_NAME),
                ReferenceOr::Reference { .. } => None,
            };
            let Some(chosen) = super::names::chosen(
                options.renames.schemas.get(name),
                (options.renames.file.as_deref(), &pointer_push("/schemas", name)),
                extension,
                &at,
                resolver.file,
            )?
            else {
                continue;
            };
            let rust = Name::new(chosen.name.as_str());
            if builder.names.claim(&rust).is_err() {
                return Err(chosen.error(format!("the Rust name `{rust}` chosen for schema `{name}` is taken by another type, or by Rust")));
            }
            let chosen = rust;
            owner.insert(cased(&chosen), i);
            claimed[i] = Some((chosen, false));
        }
        for first_pass in [true, false] {
            for (i, name) in wanted.iter().enumerate() {
                if claimed[i].is_some() || (cased(name) == name.raw()) != first_pass {
                    continue;
                }
                let taken_by = owner.get(&cased(name)).copied();
                let rust = builder.names.claim_free(name.clone());
                owner.entry(cased(name)).or_insert(i);
                if let Some(other) = taken_by {
                    builder.warnings.push(Warning {
                        file: None,
                        pointer: pointer_push("/components/schemas", name.raw()),
                        message: format!(
                            "schema `{}` is the same name as `{}` once cased; its Rust type is `{}`",
                            name.raw(),
                            wanted[other].raw(),
                            cased(&rust),
                        ),
                    });
                }
                claimed[i] = Some((rust, taken_by.is_some()));
            }
        }
        for (claimed, raw) in claimed.into_iter().zip(schemas.keys()) {
            let id = TypeId(builder.types.len());
            let (name, renamed) = claimed.expect("every schema is claimed in one of the passes");
            builder.types.push(Some(TypeDef {
                name,
                renamed_from: renamed.then(|| raw.clone()),
                source: pointer_push("/components/schemas", raw),
                docs: Docs::default(),
                kind: TypeKind::Alias(Shape::new(ShapeKind::Any)),
            }));
            builder.components.insert(raw.clone(), id);
        }
        Ok(builder)
    }

    /// Defines every component schema; a schema that cannot be defined adds
    /// its error to `errors`, and the others are still defined.
    pub fn define_components(&mut self, errors: &mut Vec<Error>) {
        let Some(schemas) = self.schemas else { return };
        for (name, schema) in schemas {
            let id = self.components[name];
            match self.define(id, name, schema) {
                Ok((kind, docs)) => {
                    let def = self.types[id.0].as_mut().expect("registered in new");
                    def.kind = kind;
                    def.docs = docs;
                }
                Err(error) => errors.push(error),
            }
        }
    }

    fn define(&mut self, id: TypeId, name: &str, schema: &ReferenceOr<Schema>) -> Result<(TypeKind, Docs), Error> {
        let at = pointer_push("/components/schemas", name);
        let type_name = self.def(id).name.clone();
        Ok(match schema {
            ReferenceOr::Reference { reference } => {
                (TypeKind::Alias(Shape::new(ShapeKind::Named(self.ref_id(reference, &at)?))), Docs::default())
            }
            ReferenceOr::Item(schema) => {
                let docs = docs_of(&schema.schema_data);
                let kind = match self.lower_value(schema, &type_name, &at)? {
                    Lowered::Kind(kind, false) => kind,
                    Lowered::Kind(kind, true) => {
                        // A nullable struct/enum/union component: the
                        // type itself, and an alias that admits null.
                        let inner = self.hoist(type_name.join("Value"), &at, docs.clone(), kind);
                        TypeKind::Alias(Shape { nullable: true, ..Shape::new(ShapeKind::Named(inner)) })
                    }
                    Lowered::Shape(shape) => TypeKind::Alias(shape),
                };
                (kind, docs)
            }
        })
    }

    /// All types, in id order, and the warnings.
    pub fn finish(self) -> (Vec<TypeDef>, Vec<Warning>) {
        let types = self.types.into_iter().map(|t| t.expect("every registered type is defined")).collect();
        (types, self.warnings)
    }

    fn def(&self, id: TypeId) -> &TypeDef {
        self.types[id.0].as_ref().expect("registered")
    }

    /// The type a `#/components/schemas/..` reference names.
    pub fn ref_id(&self, reference: &str, at: &str) -> Result<TypeId, Error> {
        let ref_at = pointer_push(at, "$ref");
        let name = ref_name(reference, "schemas").ok_or_else(|| {
            let what = if reference.starts_with('#') {
                format!("`{reference}` does not point at an entry of `#/components/schemas`; only those can be referenced")
            } else {
                format!("`{reference}` points outside this document; external references are not supported")
            };
            Error::new(self.resolver.file, &ref_at, what)
        })?;
        self.components
            .get(&name)
            .copied()
            .ok_or_else(|| Error::new(self.resolver.file, ref_at, format!("`{reference}` points at nothing")))
    }

    /// The schema a reference names, followed through chains of references.
    fn component_schema(&self, reference: &str, at: &str) -> Result<(&'a Schema, String), Error> {
        let mut reference = reference.to_owned();
        for _ in 0..64 {
            let id = self.ref_id(&reference, at)?;
            let name = ref_name(&reference, "schemas").unwrap_or_default();
            match self.schemas.and_then(|s| s.get(&name)) {
                Some(ReferenceOr::Item(schema)) => {
                    return Ok((schema, self.def(id).source.clone()));
                }
                Some(ReferenceOr::Reference { reference: next }) => reference.clone_from(next),
                None => break,
            }
        }
        Err(Error::new(self.resolver.file, at, "a chain of $ref that never ends (a reference cycle)"))
    }

    /// Adds a named type made from an inline schema.
    pub(super) fn hoist(&mut self, wanted: Name, at: &str, docs: Docs, kind: TypeKind) -> TypeId {
        let name = self.names.claim_free(wanted);
        let id = TypeId(self.types.len());
        self.types.push(Some(TypeDef { name, renamed_from: None, source: at.to_owned(), docs, kind }));
        id
    }

    /// A request body's shape, made a type of its own (a newtype named
    /// `hint`) when it states constraints that no type would check: an
    /// array with `maxItems` or whose items have a `maxLength`, a string
    /// with a `pattern`, or a name for one of them. Objects, unions and
    /// enums check themselves and are left as they are.
    pub fn checked_body(&mut self, shape: Shape, hint: &Name, at: &str) -> Shape {
        if shape.nullable || !self.unchecked_constraints(&shape, 0) {
            return shape;
        }
        let id = self.hoist(hint.clone(), at, Docs::default(), TypeKind::Newtype(shape));
        Shape::new(ShapeKind::Named(id))
    }

    /// Whether `shape` states constraints outside any struct, union or
    /// enum (which check their own), following names (`depth` stops a
    /// cycle of them, which a later stage reports).
    fn unchecked_constraints(&self, shape: &Shape, depth: usize) -> bool {
        if shape.constraints != Constraints::default() {
            return true;
        }
        if depth > 64 {
            return false;
        }
        match &shape.kind {
            ShapeKind::Array(items) => self.unchecked_constraints(items, depth + 1),
            ShapeKind::Map { keys, values } => self.unchecked_constraints(keys, depth + 1) || self.unchecked_constraints(values, depth + 1),
            ShapeKind::Tuple(items) => items.iter().any(|item| self.unchecked_constraints(item, depth + 1)),
            ShapeKind::Named(id) => match self.types.get(id.0).and_then(Option::as_ref).map(|def| &def.kind) {
                Some(TypeKind::Alias(inner)) => self.unchecked_constraints(inner, depth + 1),
                _ => false,
            },
            _ => false,
        }
    }

    /// The shape of a schema at `at`; `hint` names any type it needs.
    pub fn shape(&mut self, schema: &ReferenceOr<Schema>, hint: &Name, at: &str) -> Result<Shape, Error> {
        match schema {
            ReferenceOr::Reference { reference } => Ok(Shape::new(ShapeKind::Named(self.ref_id(reference, at)?))),
            ReferenceOr::Item(schema) => self.inline(schema, hint, at),
        }
    }

    fn shape_boxed(&mut self, schema: &ReferenceOr<Box<Schema>>, hint: &Name, at: &str) -> Result<Shape, Error> {
        match schema {
            ReferenceOr::Reference { reference } => Ok(Shape::new(ShapeKind::Named(self.ref_id(reference, at)?))),
            ReferenceOr::Item(schema) => self.inline(schema, hint, at),
        }
    }

    fn inline(&mut self, schema: &Schema, hint: &Name, at: &str) -> Result<Shape, Error> {
        match self.lower_value(schema, hint, at)? {
            Lowered::Shape(shape) => Ok(shape),
            Lowered::Kind(TypeKind::Enum(e), nullable) => {
                // The same values written out in several places (a `type`
                // property repeated in each body) are one enum.
                let id = match self.inline_enums.iter().find(|(known, _)| *known == e) {
                    Some((_, id)) => *id,
                    None => {
                        let id = self.hoist(hint.clone(), at, docs_of(&schema.schema_data), TypeKind::Enum(e.clone()));
                        self.inline_enums.push((e, id));
                        id
                    }
                };
                Ok(Shape { nullable, ..Shape::new(ShapeKind::Named(id)) })
            }
            Lowered::Kind(TypeKind::Struct(s), nullable) => {
                // The same object written out in several places (a `source`
                // and a `target` of one shape) is one struct, named after
                // the first.
                let key: Vec<String> = s.fields.iter().map(|f| f.name.raw().to_owned()).collect();
                let structure = without_sources(&s);
                let known = self.inline_structs.get(&key).and_then(|all| all.iter().find(|(known, _)| *known == structure));
                let id = match known {
                    Some((_, id)) => {
                        let id = *id;
                        self.forget_docs_unless_same(id, &docs_of(&schema.schema_data));
                        id
                    }
                    None => {
                        let id = self.hoist(hint.clone(), at, docs_of(&schema.schema_data), TypeKind::Struct(s));
                        self.inline_structs.entry(key).or_default().push((structure, id));
                        id
                    }
                };
                Ok(Shape { nullable, ..Shape::new(ShapeKind::Named(id)) })
            }
            Lowered::Kind(TypeKind::Union(u), nullable) => {
                // `anyOf: [string, ""]` written out at every field that may be
                // emptied is one union, named after the first, as for structs.
                let key: Vec<String> = u.variants.iter().map(|v| v.name.raw().to_owned()).collect();
                let known = self.inline_unions.get(&key).and_then(|all| all.iter().find(|(known, _)| *known == u));
                let id = match known {
                    Some((_, id)) => {
                        let id = *id;
                        self.forget_docs_unless_same(id, &docs_of(&schema.schema_data));
                        id
                    }
                    None => {
                        let id = self.hoist(hint.clone(), at, docs_of(&schema.schema_data), TypeKind::Union(u.clone()));
                        self.inline_unions.entry(key).or_default().push((u, id));
                        id
                    }
                };
                Ok(Shape { nullable, ..Shape::new(ShapeKind::Named(id)) })
            }
            Lowered::Kind(kind, nullable) => {
                let id = self.hoist(hint.clone(), at, docs_of(&schema.schema_data), kind);
                Ok(Shape { nullable, ..Shape::new(ShapeKind::Named(id)) })
            }
        }
    }

    /// A type made once for several places keeps a description only when
    /// every place says the same: what one place says of it may not hold
    /// of the others (the fields keep their own words).
    fn forget_docs_unless_same(&mut self, id: TypeId, docs: &Docs) {
        let def = self.types[id.0].as_mut().expect("hoisted");
        if def.docs.description != docs.description || def.docs.title != docs.title {
            def.docs.description = None;
            def.docs.title = None;
        }
    }

    /// A schema that is a value's whole description (not a part of an
    /// `allOf`): lowered, and, under [`Untyped::AnyValue`], a schema with no
    /// `type` whose keywords describe an object or an array made a union of
    /// that and any value of another JSON type.
    fn lower_value(&mut self, schema: &Schema, hint: &Name, at: &str) -> Result<Lowered, Error> {
        let lowered = self.lower(schema, hint, at)?;
        // Parts of an `allOf` (or branches beside) say what type it is.
        let untyped = matches!(&schema.schema_kind, SchemaKind::Any(a)
            if a.typ.is_none() && a.all_of.is_empty() && a.any_of.is_empty() && a.one_of.is_empty());
        if self.untyped == Untyped::Implied || !untyped {
            return Ok(lowered);
        }
        let (typed, json_type) = match lowered {
            Lowered::Kind(kind @ TypeKind::Struct(_), _) => {
                let id = self.hoist(hint.join("Object"), at, Docs::default(), kind);
                (Shape::new(ShapeKind::Named(id)), "object")
            }
            Lowered::Shape(shape) => match shape.kind {
                ShapeKind::Map { .. } => (Shape { nullable: false, ..shape }, "object"),
                ShapeKind::Array(_) | ShapeKind::Tuple(_) => (Shape { nullable: false, ..shape }, "array"),
                _ => return Ok(Lowered::Shape(shape)),
            },
            other => return Ok(other),
        };
        let other = Shape {
            constraints: Constraints { not: Some(Box::new(serde_json::json!({ "type": json_type }))), ..Constraints::default() },
            ..Shape::new(ShapeKind::Any)
        };
        let variant = |name: &str, shape| UnionVariant { name: Name::new(name), shape, indirect: false, tag: None };
        Ok(Lowered::Kind(
            TypeKind::Union(Union {
                exclusive: false,
                variants: vec![variant(json_type, typed), variant("other", other)],
                discriminator: None,
            }),
            false,
        ))
    }

    fn lower(&mut self, schema: &Schema, hint: &Name, at: &str) -> Result<Lowered, Error> {
        let nullable = schema.schema_data.nullable;
        let lowered = match &schema.schema_kind {
            SchemaKind::Type(t) => self.typed(t, &schema.schema_data, hint, at)?,
            SchemaKind::AllOf { all_of } => self.all_of(all_of, None, hint, at)?,
            SchemaKind::OneOf { one_of } => self.union(one_of, true, &schema.schema_data, None, hint, &pointer_push(at, "oneOf"))?,
            SchemaKind::AnyOf { any_of } => self.union(any_of, false, &schema.schema_data, None, hint, &pointer_push(at, "anyOf"))?,
            SchemaKind::Not { not } => {
                let matches_everything = matches!(&**not, ReferenceOr::Item(s) if *s == Schema {
                    schema_data: SchemaData::default(),
                    schema_kind: SchemaKind::Any(AnySchema::default()),
                });
                if matches_everything {
                    Lowered::Kind(TypeKind::Never, false)
                } else {
                    // Any value but those: checked by validation.
                    let not = self.not_schema(not, &pointer_push(at, "not"))?;
                    Lowered::Shape(Shape {
                        constraints: Constraints { not: Some(Box::new(not)), ..Constraints::default() },
                        ..Shape::new(ShapeKind::Any)
                    })
                }
            }
            SchemaKind::Any(any) => self.any(any, &schema.schema_data, hint, at)?,
        };
        Ok(match lowered {
            Lowered::Kind(kind, n) => Lowered::Kind(kind, n || nullable),
            Lowered::Shape(mut shape) => {
                shape.nullable |= nullable;
                Lowered::Shape(shape)
            }
        })
    }

    /// The constraints an untyped schema states (not its `enum`).
    fn constraints_of(&mut self, a: &AnySchema, at: &str) -> Result<Constraints, Error> {
        Ok(Constraints {
            min_length: a.min_length,
            max_length: a.max_length,
            pattern: self.pattern(a.pattern.as_ref(), at)?,
            minimum: a.minimum.map(|value| Bound { value, exclusive: a.exclusive_minimum.unwrap_or(false) }),
            maximum: a.maximum.map(|value| Bound { value, exclusive: a.exclusive_maximum.unwrap_or(false) }),
            multiple_of: a.multiple_of,
            min_items: a.min_items,
            max_items: a.max_items,
            unique_items: a.unique_items.unwrap_or(false),
            min_properties: a.min_properties,
            max_properties: a.max_properties,
            format: a.format.clone().filter(|f| CHECKED_FORMATS.contains(&f.as_str())),
            ..Constraints::default()
        })
    }

    /// A `pattern`, compiled now as the generated code will compile it, so a
    /// pattern that is not ECMA-262 fails generation, not a request.
    ///
    /// JSON Schema reads patterns with the `u` flag. Real documents are full
    /// of patterns only the web-compatibility grammar of ECMA-262 Annex B
    /// takes (`\_`, `[\w-.]`, `{,2}`), which JavaScript reads without `u`:
    /// those are read that way, with a warning.
    fn pattern(&mut self, pattern: Option<&String>, at: &str) -> Result<Option<String>, Error> {
        use oapi_axum_runtime::support::{compile, compile_unicode};
        let Some(source) = pattern else { return Ok(None) };
        if let Err(strict) = compile_unicode(source) {
            if let Err(e) = compile(source) {
                return Err(Error::new(
                    self.resolver.file,
                    pointer_push(at, "pattern"),
                    format!("`{source}` is not an ECMA-262 regular expression, as OpenAPI requires: {e}"),
                ));
            }
            self.warnings.push(Warning {
                file: None,
                pointer: pointer_push(at, "pattern"),
                message: format!(
                    "`{source}` is not a regular expression with the `u` flag JSON Schema uses ({strict}); \
                     it is read as JavaScript reads it without `u` (ECMA-262 Annex B)"
                ),
            });
        }
        Ok(Some(source.clone()))
    }

    /// A union branch given the `items` stated beside the union: an array
    /// branch that says nothing of its items takes them; one that says the
    /// same is left; one that says otherwise (both would have to hold), or
    /// a named array type that cannot be changed here, is refused.
    fn with_items(&self, shape: Shape, items: Option<&Shape>, at: &str) -> Result<Shape, Error> {
        let Some(items) = items else { return Ok(shape) };
        let mut target = &shape;
        for _ in 0..32 {
            let ShapeKind::Named(id) = target.kind else { break };
            match self.types.get(id.0).and_then(Option::as_ref).map(|def| &def.kind) {
                Some(TypeKind::Alias(inner)) => target = inner,
                _ => break,
            }
        }
        match &target.kind {
            ShapeKind::Array(own) if **own == *items => Ok(shape),
            ShapeKind::Array(own) if own.kind == ShapeKind::Any && std::ptr::eq(target, &shape) => {
                Ok(Shape { kind: ShapeKind::Array(Box::new(items.clone())), ..shape })
            }
            ShapeKind::Array(_) => Err(self.unsupported(at, "`items` beside `anyOf`/`oneOf` and an array branch of other items")),
            _ => Ok(shape),
        }
    }

    /// The schema of a `not`, as JSON for the run-time matcher, which knows
    /// the keywords in [`NOT_KEYWORDS`]; any other would make it match too
    /// much, and so reject valid values: refused instead.
    fn not_schema(&self, not: &ReferenceOr<Schema>, at: &str) -> Result<Value, Error> {
        let value = serde_json::to_value(not).unwrap_or_default();
        fn unknown(value: &Value, at: &str) -> Option<String> {
            let Value::Object(map) = value else { return None };
            for (key, child) in map {
                let child_at = pointer_push(at, key);
                if !NOT_KEYWORDS.contains(&key.as_str()) {
                    return Some(child_at);
                }
                let found = match (key.as_str(), child) {
                    ("properties", Value::Object(children)) => {
                        children.iter().find_map(|(name, c)| unknown(c, &pointer_push(&child_at, name)))
                    }
                    ("allOf" | "anyOf" | "oneOf", Value::Array(items)) => {
                        items.iter().enumerate().find_map(|(i, c)| unknown(c, &pointer_push(&child_at, &i.to_string())))
                    }
                    ("not" | "items" | "additionalProperties", c @ Value::Object(_)) => unknown(c, &child_at),
                    _ => None,
                };
                if found.is_some() {
                    return found;
                }
            }
            None
        }
        match unknown(&value, at) {
            None => Ok(value),
            Some(pointer) => {
                let keyword = pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
                Err(self.unsupported(&pointer, &format!("`{keyword}` inside `not`")))
            }
        }
    }

    fn unsupported(&self, at: &str, feature: &str) -> Error {
        Error::new(self.resolver.file, at, format!("{feature} is not supported by this generator"))
    }

    fn typed(&mut self, t: &Type, data: &SchemaData, hint: &Name, at: &str) -> Result<Lowered, Error> {
        Ok(match t {
            Type::String(s) => {
                if !s.enumeration.is_empty() {
                    let nullable = s.enumeration.iter().any(Option::is_none);
                    let values: Vec<&str> = s.enumeration.iter().flatten().map(String::as_str).collect();
                    if values.is_empty() {
                        return Ok(Lowered::Shape(Shape { nullable: true, ..Shape::new(ShapeKind::Null) }));
                    }
                    return Ok(Lowered::Kind(TypeKind::Enum(string_enum(&values)), nullable));
                }
                let constraints = Constraints {
                    min_length: s.min_length,
                    max_length: s.max_length,
                    pattern: self.pattern(s.pattern.as_ref(), at)?,
                    ..Constraints::default()
                };
                let mut format = string_format(&s.format);
                // A constraint on the text of a value kept as something else
                // (a `Uuid`, a date) is checked on the text as sent: such a
                // value is kept as text, its format checked by validation.
                let text_constrained = constraints != Constraints::default();
                format = match format {
                    StringFormat::Uuid if text_constrained => StringFormat::Plain(Some("uuid".to_owned())),
                    StringFormat::DateTime if text_constrained => StringFormat::Plain(Some("date-time".to_owned())),
                    StringFormat::Date if text_constrained => StringFormat::Plain(Some("date".to_owned())),
                    other => other,
                };
                Lowered::Shape(Shape { constraints, ..Shape::new(ShapeKind::String(format)) })
            }
            Type::Number(n) => {
                let (enumeration, nullable) = scalar_enum(n.enumeration.iter().map(|v| v.map(Value::from)));
                let constraints = Constraints {
                    minimum: n.minimum.map(|value| Bound { value, exclusive: n.exclusive_minimum }),
                    maximum: n.maximum.map(|value| Bound { value, exclusive: n.exclusive_maximum }),
                    multiple_of: n.multiple_of,
                    enumeration,
                    ..Constraints::default()
                };
                let format = match &n.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) => NumberFormat::Float,
                    _ => NumberFormat::Double,
                };
                Lowered::Shape(Shape { nullable, constraints, ..Shape::new(ShapeKind::Number(format)) })
            }
            Type::Integer(i) => {
                let (enumeration, nullable) = scalar_enum(i.enumeration.iter().map(|v| v.map(Value::from)));
                #[expect(clippy::cast_precision_loss, reason = "bounds are compared as f64, like JSON numbers")]
                let constraints = Constraints {
                    minimum: i.minimum.map(|v| Bound { value: v as f64, exclusive: i.exclusive_minimum }),
                    maximum: i.maximum.map(|v| Bound { value: v as f64, exclusive: i.exclusive_maximum }),
                    multiple_of: i.multiple_of.map(|v| v as f64),
                    enumeration,
                    ..Constraints::default()
                };
                let format = match &i.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => IntegerFormat::Int32,
                    VariantOrUnknownOrEmpty::Unknown(f) => integer_format(f),
                    _ => IntegerFormat::Int64,
                };
                Lowered::Shape(Shape { nullable, constraints, ..Shape::new(ShapeKind::Integer(format)) })
            }
            Type::Boolean(b) => {
                let (enumeration, nullable) = scalar_enum(b.enumeration.iter().map(|v| v.map(Value::from)));
                let constraints = Constraints { enumeration, ..Constraints::default() };
                Lowered::Shape(Shape { nullable, constraints, ..Shape::new(ShapeKind::Boolean) })
            }
            Type::Object(o) => self.object(
                &ObjectParts {
                    property_names: data.extensions.get(PROPERTY_NAMES),
                    properties: &o.properties,
                    required: &o.required,
                    additional: o.additional_properties.as_ref(),
                    min_properties: o.min_properties,
                    max_properties: o.max_properties,
                },
                hint,
                at,
            )?,
            Type::Array(a) => {
                if let Some(prefix) = data.extensions.get(PREFIX_ITEMS) {
                    return self.tuple(prefix, a.items.as_ref(), a.min_items, a.max_items, hint, at);
                }
                let items = match &a.items {
                    Some(items) => self.shape_boxed(items, &hint.join("Item"), &pointer_push(at, "items"))?,
                    None => Shape::new(ShapeKind::Any),
                };
                let constraints =
                    Constraints { min_items: a.min_items, max_items: a.max_items, unique_items: a.unique_items, ..Constraints::default() };
                Lowered::Shape(Shape { constraints, ..Shape::new(ShapeKind::Array(Box::new(items))) })
            }
        })
    }

    fn object(&mut self, parts: &ObjectParts<'_>, hint: &Name, at: &str) -> Result<Lowered, Error> {
        if parts.properties.is_empty() && parts.required.is_empty() {
            let value = match parts.additional {
                Some(AdditionalProperties::Any(false)) => {
                    return Ok(Lowered::Kind(
                        TypeKind::Struct(Struct {
                            fields: Vec::new(),
                            additional: Additional::Deny,
                            min_properties: parts.min_properties,
                            max_properties: parts.max_properties,
                            not: None,
                            required_sets: Vec::new(),
                        }),
                        false,
                    ));
                }
                Some(AdditionalProperties::Schema(schema)) => {
                    self.shape(schema, &hint.join("Value"), &pointer_push(at, "additionalProperties"))?
                }
                Some(AdditionalProperties::Any(true)) | None => Shape::new(ShapeKind::Any),
            };
            let constraints =
                Constraints { min_properties: parts.min_properties, max_properties: parts.max_properties, ..Constraints::default() };
            let keys = self.map_keys(parts.property_names, hint, at)?;
            let kind = ShapeKind::Map { keys: Box::new(keys), values: Box::new(value) };
            return Ok(Lowered::Shape(Shape { constraints, ..Shape::new(kind) }));
        }
        Ok(Lowered::Kind(TypeKind::Struct(self.fields(parts, hint, at)?), false))
    }

    /// The shape of a map's keys: a string, or what `propertyNames` says.
    fn map_keys(&mut self, names: Option<&Value>, hint: &Name, at: &str) -> Result<Shape, Error> {
        let plain = Shape::new(ShapeKind::String(StringFormat::Plain(None)));
        let Some(names) = names else { return Ok(plain) };
        let names_at = pointer_push(at, "propertyNames");
        let schema: ReferenceOr<Schema> =
            serde_json::from_value(names.clone()).map_err(|e| Error::new(self.resolver.file, &names_at, format!("not a schema: {e}")))?;
        // `propertyNames: {format: uuid}` has no `type`: keys are strings.
        let schema = match schema {
            ReferenceOr::Item(mut s) => {
                if let SchemaKind::Any(a) = &mut s.schema_kind
                    && a.typ.is_none()
                {
                    a.typ = Some("string".to_owned());
                }
                ReferenceOr::Item(s)
            }
            reference => reference,
        };
        let keys = self.shape(&schema, &hint.join("Key"), &names_at)?;
        let is_string = |kind: &ShapeKind| matches!(kind, ShapeKind::String(_));
        let is_enum = |kind: &ShapeKind| matches!(kind, ShapeKind::Named(_));
        if is_string(&keys.kind) || is_enum(&keys.kind) {
            Ok(keys)
        } else {
            Err(self.unsupported(&names_at, "`propertyNames` other than a string schema or a string enum"))
        }
    }

    /// `prefixItems`: a fixed-length array, each item with its own shape.
    fn tuple(
        &mut self,
        prefix: &Value,
        items: Option<&ReferenceOr<Box<Schema>>>,
        min_items: Option<usize>,
        max_items: Option<usize>,
        hint: &Name,
        at: &str,
    ) -> Result<Lowered, Error> {
        let prefix_at = pointer_push(at, "prefixItems");
        let schemas: Vec<ReferenceOr<Schema>> = serde_json::from_value(prefix.clone())
            .map_err(|e| Error::new(self.resolver.file, &prefix_at, format!("not a list of schemas: {e}")))?;
        let closed = max_items == Some(schemas.len())
            || matches!(items, Some(ReferenceOr::Item(s)) if matches!(s.schema_kind, SchemaKind::Not { .. }));
        if !closed || min_items != Some(schemas.len()) {
            return Err(self
                .unsupported(&prefix_at, "`prefixItems` other than a fixed-length tuple (`minItems` and `maxItems` equal to its length)"));
        }
        let mut shapes = Vec::with_capacity(schemas.len());
        for (i, schema) in schemas.iter().enumerate() {
            shapes.push(self.shape(schema, &hint.join(&format!("Item {i}")), &pointer_push(&prefix_at, &i.to_string()))?);
        }
        Ok(Lowered::Shape(Shape::new(ShapeKind::Tuple(shapes))))
    }

    fn fields(&mut self, parts: &ObjectParts<'_>, hint: &Name, at: &str) -> Result<Struct, Error> {
        let mut fields: Vec<Field> = Vec::new();
        let props_at = pointer_push(at, "properties");
        for (name, schema) in parts.properties {
            let field_at = pointer_push(&props_at, name);
            let shape = self.shape_boxed(schema, &hint.join(name), &field_at)?;
            let data = match schema {
                ReferenceOr::Item(s) => Some(&s.schema_data),
                ReferenceOr::Reference { .. } => None,
            };
            let mut default = data.and_then(|d| d.default.clone());
            if let Some(value) = &default
                && breaks(&shape, value)
            {
                // JSON Schema never applies a default, so one that breaks
                // the property's own constraints must not be filled in.
                self.warnings.push(Warning {
                    file: None,
                    pointer: pointer_push(&field_at, "default"),
                    message: format!("the default {value} breaks the property's own constraints; not used"),
                });
                default = None;
            }
            fields.push(Field {
                required: parts.required.contains(name),
                default,
                read_only: data.is_some_and(|d| d.read_only),
                write_only: data.is_some_and(|d| d.write_only),
                docs: data.map(docs_of).unwrap_or_default(),
                ..Field::new(Name::new(name.as_str()), field_at, shape)
            });
        }
        // `required` may name properties it does not describe: they must be
        // present, with any value.
        for name in parts.required {
            if !parts.properties.contains_key(name) {
                let field = Field::new(Name::new(name.as_str()), pointer_push(at, "required"), Shape::new(ShapeKind::Any));
                fields.push(Field { required: true, ..field });
            }
        }
        let additional = match parts.additional {
            Some(AdditionalProperties::Any(false)) => Additional::Deny,
            Some(AdditionalProperties::Schema(schema)) => {
                Additional::Map(Box::new(self.shape(schema, &hint.join("Value"), &pointer_push(at, "additionalProperties"))?))
            }
            // Said outright: the extra properties mean something, and are
            // kept; left unsaid, they are ignored.
            Some(AdditionalProperties::Any(true)) => Additional::Map(Box::new(Shape::new(ShapeKind::Any))),
            None => Additional::Ignore,
        };
        Ok(Struct {
            fields,
            additional,
            min_properties: parts.min_properties,
            max_properties: parts.max_properties,
            not: None,
            required_sets: Vec::new(),
        })
    }

    /// `allOf`: one part is that part; object parts merge into one struct.
    fn all_of(&mut self, parts: &[ReferenceOr<Schema>], own: Option<&ObjectParts<'_>>, hint: &Name, at: &str) -> Result<Lowered, Error> {
        let all_at = pointer_push(at, "allOf");
        // Parts that only annotate (a description, a default) add nothing.
        let typed: Vec<(usize, &ReferenceOr<Schema>)> = parts.iter().enumerate().filter(|(_, p)| !is_annotation_only(p)).collect();
        if own.is_none()
            && let [(i, single)] = typed.as_slice()
        {
            return Ok(Lowered::Shape(self.shape(single, hint, &pointer_push(&all_at, &i.to_string()))?));
        }
        let mut merged = Struct {
            fields: Vec::new(),
            additional: Additional::Ignore,
            min_properties: None,
            max_properties: None,
            not: None,
            required_sets: Vec::new(),
        };
        if let Some(own) = own {
            let own = self.fields(own, hint, at)?;
            Self::merge_into(&mut merged, own);
        }
        let mut scalar: Option<Shape> = None;
        let mut union: Option<(Shape, String)> = None;
        let mut objects = own.is_some();
        // Untyped parts (`{maximum: 30}`) constrain whatever the value is.
        let mut untyped = Constraints::default();
        // String enums: the values all parts allow, and the component that
        // has exactly those, if one does.
        let mut enums: Option<(Vec<String>, Option<TypeId>)> = None;
        for (i, part) in typed {
            let part_at = pointer_push(&all_at, &i.to_string());
            let (schema, schema_at) = match part {
                ReferenceOr::Reference { reference } => self.component_schema(reference, &part_at)?,
                ReferenceOr::Item(schema) => (schema, part_at.clone()),
            };
            if self.merging.contains(&schema_at) {
                return Err(Error::new(
                    self.resolver.file,
                    part_at,
                    format!("this `allOf` part is `{schema_at}`, which contains this `allOf`: the merge would never end"),
                ));
            }
            self.merging.push(schema_at.clone());
            let lowered = self.lower(schema, hint, &schema_at);
            self.merging.pop();
            let lowered = lowered?;
            objects |=
                matches!(&lowered, Lowered::Kind(TypeKind::Struct(_), _) | Lowered::Shape(Shape { kind: ShapeKind::Map { .. }, .. }));
            match lowered {
                // Parts of one scalar kind: one value meeting all their
                // constraints.
                Lowered::Shape(shape) if is_scalar(&shape.kind) || matches!(shape.kind, ShapeKind::Array(_)) => {
                    match &mut scalar {
                        None => scalar = Some(shape),
                        Some(first) if same_kind(&first.kind, &shape.kind) => {
                            // Arrays merge when their items agree (or one
                            // says nothing of them).
                            match (&mut first.kind, shape.kind) {
                                (ShapeKind::Array(a), ShapeKind::Array(b)) if a.kind == ShapeKind::Any => *a = b,
                                (ShapeKind::Array(a), ShapeKind::Array(b)) if *a != b && b.kind != ShapeKind::Any => {
                                    return Err(self.unsupported(&part_at, "`allOf` of arrays with different items"));
                                }
                                _ => {}
                            }
                            first.constraints.merge(shape.constraints);
                        }
                        Some(_) => return Ok(self.contradiction(at)),
                    }
                }
                Lowered::Kind(TypeKind::Struct(s), _) => Self::merge_into(&mut merged, s),
                Lowered::Kind(TypeKind::Enum(e), _) => {
                    let values: Vec<String> = e.variants.iter().map(|v| v.value.clone()).collect();
                    let named = match part {
                        ReferenceOr::Reference { reference } => Some(self.ref_id(reference, &part_at)?),
                        ReferenceOr::Item(_) => None,
                    };
                    enums = Some(match enums.take() {
                        None => (values, named),
                        Some((before, before_named)) => {
                            let both: Vec<String> = before.iter().filter(|v| values.contains(v)).cloned().collect();
                            let named = if both == values {
                                named
                            } else if both == before {
                                before_named
                            } else {
                                None
                            };
                            (both, named)
                        }
                    });
                }
                // An object without properties adds only what it says of
                // other properties.
                Lowered::Shape(Shape { kind: ShapeKind::Map { values, .. }, .. }) => {
                    if values.kind != ShapeKind::Any {
                        merged.additional = Additional::Map(values);
                    }
                }
                Lowered::Shape(Shape { kind: ShapeKind::Any, constraints, .. }) => untyped.merge(constraints),
                // One union among objects: each of its variants, with the
                // objects' properties too.
                Lowered::Kind(kind @ TypeKind::Union(_), nullable) if union.is_none() => {
                    let id = match part {
                        ReferenceOr::Reference { reference } => self.ref_id(reference, &part_at)?,
                        ReferenceOr::Item(_) => self.hoist(hint.join("Variant"), &schema_at, Docs::default(), kind),
                    };
                    union = Some((Shape { nullable, ..Shape::new(ShapeKind::Named(id)) }, part_at));
                }
                Lowered::Shape(shape @ Shape { kind: ShapeKind::Named(_), .. }) if union.is_none() => {
                    union = Some((shape, part_at));
                }
                _ => {
                    return Err(self.unsupported(&part_at, "`allOf` of arrays, enums or several unions"));
                }
            }
        }
        if let Some((values, named)) = enums {
            if objects || union.is_some() || scalar.as_ref().is_some_and(|s| !matches!(s.kind, ShapeKind::String(_))) {
                return Err(self.unsupported(&all_at, "`allOf` of an enum and other kinds of value"));
            }
            if values.is_empty() {
                return Ok(self.contradiction(at));
            }
            return Ok(match named {
                Some(id) => Lowered::Shape(Shape::new(ShapeKind::Named(id))),
                None => Lowered::Kind(TypeKind::Enum(string_enum(&values.iter().map(String::as_str).collect::<Vec<_>>())), false),
            });
        }
        if self.untyped == Untyped::AnyValue
            && let Some(own) = own
        {
            // JSON Schema: `additionalProperties` sees only the properties
            // listed beside it, so those the parts list are additional too.
            for field in merged.fields.iter_mut().filter(|f| !own.properties.contains_key(f.name.raw())) {
                match &merged.additional {
                    Additional::Ignore => {}
                    Additional::Map(values) if field.shape.kind == ShapeKind::Any => field.shape = (**values).clone(),
                    Additional::Map(values) if field.shape == **values => {}
                    _ => {
                        return Err(self.unsupported(
                            &pointer_push(at, "additionalProperties"),
                            "`additionalProperties` beside an `allOf` whose parts list other properties",
                        ));
                    }
                }
            }
        }
        if untyped != Constraints::default() {
            if let Some(shape) = &mut scalar {
                shape.constraints.merge(untyped);
            } else if !objects && union.is_none() {
                return Ok(Lowered::Shape(Shape { constraints: untyped, ..Shape::new(ShapeKind::Any) }));
            } else if let (false, Some((shape, _))) = (objects, &mut union) {
                // Checked on the union's value, each for its JSON type.
                shape.constraints.merge(untyped);
            } else if untyped.enumeration.is_some() {
                return Err(self.unsupported(&all_at, "`enum` in an untyped `allOf` part beside objects"));
            } else {
                // The value is an object: `format` and the string, number and
                // array keywords do not apply to it.
                // What applies to objects applies to the merged object.
                merged.min_properties = merged.min_properties.max(untyped.min_properties);
                merged.max_properties = match (merged.max_properties, untyped.max_properties) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                merged.not = match (merged.not.take(), untyped.not) {
                    (Some(a), Some(b)) => Some(serde_json::json!({ "anyOf": [a, *b] })),
                    (a, b) => a.or(b.map(|b| *b)),
                };
            }
        }
        match (scalar, union) {
            (Some(_), Some(_)) => Ok(self.contradiction(at)),
            (Some(_), None) if objects => Ok(self.contradiction(at)),
            (Some(shape), None) => Ok(Lowered::Shape(shape)),
            (None, None) if !objects => Ok(Lowered::Shape(Shape::new(ShapeKind::Any))),
            (None, Some((shape, _))) if !objects => Ok(Lowered::Shape(shape)),
            (None, Some((shape, part_at))) => {
                merged.fields.push(Field::flattened(Name::new("variant"), part_at, shape));
                Ok(Lowered::Kind(TypeKind::Struct(merged), false))
            }
            (None, None) => Ok(Lowered::Kind(TypeKind::Struct(merged), false)),
        }
    }

    /// `allOf` of parts no one value can match (a string that is also an
    /// object): the schema admits nothing, and says so.
    fn contradiction(&mut self, at: &str) -> Lowered {
        self.warnings.push(Warning {
            file: None,
            pointer: pointer_push(at, "allOf"),
            message: "the parts of this `allOf` require different types, so no value matches it; \
                      generated as a type with no values"
                .to_owned(),
        });
        Lowered::Kind(TypeKind::Never, false)
    }

    fn merge_into(merged: &mut Struct, part: Struct) {
        for field in part.fields {
            if let Some(existing) = merged.fields.iter_mut().find(|f| f.name == field.name) {
                existing.required |= field.required;
                if existing.shape.kind == ShapeKind::Any {
                    existing.shape = field.shape;
                }
                if existing.docs.description.is_none() {
                    existing.docs = field.docs;
                }
            } else {
                merged.fields.push(field);
            }
        }
        match part.additional {
            Additional::Ignore => {}
            other => merged.additional = other,
        }
        merged.required_sets.extend(part.required_sets);
        // Not this and not that: not either.
        merged.not = match (merged.not.take(), part.not) {
            (Some(a), Some(b)) => Some(serde_json::json!({ "anyOf": [a, b] })),
            (a, b) => a.or(b),
        };
        merged.min_properties = merged.min_properties.max(part.min_properties);
        merged.max_properties = match (merged.max_properties, part.max_properties) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }

    fn union(
        &mut self,
        branches: &[ReferenceOr<Schema>],
        exclusive: bool,
        data: &SchemaData,
        items: Option<&Shape>,
        hint: &Name,
        at: &str,
    ) -> Result<Lowered, Error> {
        if let [single] = branches {
            let shape = self.shape(single, hint, &pointer_push(at, "0"))?;
            return Ok(Lowered::Shape(self.with_items(shape, items, &pointer_push(at, "0"))?));
        }
        let mut names = NameSet::default();
        let mut variants = Vec::with_capacity(branches.len());
        for (i, branch) in branches.iter().enumerate() {
            let branch_at = pointer_push(at, &i.to_string());
            let wanted = match branch {
                ReferenceOr::Reference { reference } => self.def(self.ref_id(reference, &branch_at)?).name.clone(),
                ReferenceOr::Item(schema) => self.variant_name(schema, data.discriminator.as_ref()),
            };
            let name = names.claim_free(wanted);
            let shape = self.shape(branch, &hint.join(name.raw()), &branch_at)?;
            let shape = self.with_items(shape, items, &branch_at)?;
            let tag = match &data.discriminator {
                Some(d) => match self.variant_tag(branch, d, &shape, &branch_at) {
                    Ok(tag) => Some(tag),
                    Err(error) => {
                        // Matching each variant in turn is still exact.
                        self.warnings.push(Warning {
                            file: None,
                            pointer: error.pointer,
                            message: format!("{}; the union is read by trying each variant in turn", error.message),
                        });
                        None
                    }
                },
                None => None,
            };
            variants.push(UnionVariant { name, shape, indirect: false, tag });
        }
        // A value naming two variants cannot choose between them.
        if let Some(d) = &data.discriminator {
            let mut seen = std::collections::HashSet::new();
            if let Some(shared) = variants.iter().filter_map(|v| v.tag.as_deref()).find(|tag| !seen.insert(*tag)) {
                self.warnings.push(Warning {
                    file: None,
                    pointer: pointer_push(at, "discriminator"),
                    message: format!(
                        "`{}: {shared}` selects more than one variant; the union is read by trying each variant in turn",
                        d.property_name
                    ),
                });
                variants.iter_mut().for_each(|v| v.tag = None);
            }
        }
        let discriminator = match &data.discriminator {
            None => None,
            Some(d) => {
                let mut mapping = Vec::with_capacity(d.mapping.len());
                for (value, target) in &d.mapping {
                    // A mapping value is a reference or a bare schema name.
                    let reference = if target.contains('/') { target.clone() } else { format!("#/components/schemas/{target}") };
                    let map_at = pointer_push(&pointer_push(&pointer_push(at, "discriminator"), "mapping"), value);
                    mapping.push((value.clone(), self.ref_id(&reference, &map_at)?));
                }
                Some(Discriminator { property: d.property_name.clone(), mapping })
            }
        };
        Ok(Lowered::Kind(TypeKind::Union(Union { exclusive, variants, discriminator }), false))
    }

    /// The name of an inline union branch: its title; else the value it
    /// gives the discriminator property; else the one schema it extends with
    /// `allOf`; else what kind of value it is.
    fn variant_name(&self, schema: &Schema, discriminator: Option<&openapiv3::Discriminator>) -> Name {
        if let Some(title) = &schema.schema_data.title {
            return Name::new(title.as_str());
        }
        let parts: Vec<&ReferenceOr<Schema>> = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.iter().collect(),
            SchemaKind::Any(a) => a.all_of.iter().collect(),
            _ => Vec::new(),
        };
        if let Some(d) = discriminator
            && let Some(value) = self.constant_property(schema, &d.property_name, 0)
        {
            return Name::new(value);
        }
        let refs: Vec<&str> = parts
            .iter()
            .filter_map(|p| match p {
                ReferenceOr::Reference { reference } => Some(reference.as_str()),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        if let [reference] = refs.as_slice()
            && let Ok(id) = self.ref_id(reference, "")
        {
            return self.def(id).name.clone();
        }
        let kind = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) if s.enumeration.len() == 1 => {
                return Name::new(s.enumeration[0].as_deref().unwrap_or("Null"));
            }
            SchemaKind::Type(Type::String(_)) => "String",
            SchemaKind::Type(Type::Number(_)) => "Number",
            SchemaKind::Type(Type::Integer(_)) => "Integer",
            SchemaKind::Type(Type::Boolean(_)) => "Boolean",
            SchemaKind::Type(Type::Array(_)) => "Array",
            SchemaKind::Type(Type::Object(o)) if o.properties.is_empty() => "Map",
            _ => "Object",
        };
        Name::new(kind)
    }

    /// The one string value a schema (or, through `allOf`, one of its
    /// parts) allows for `property`.
    fn constant_property(&self, schema: &Schema, property: &str, depth: usize) -> Option<String> {
        if depth > 16 {
            return None;
        }
        let (properties, parts) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (Some(&o.properties), None),
            SchemaKind::Any(a) => (Some(&a.properties), Some(&a.all_of)),
            SchemaKind::AllOf { all_of } => (None, Some(all_of)),
            _ => (None, None),
        };
        if let Some(ReferenceOr::Item(p)) = properties.and_then(|ps| ps.get(property))
            && let SchemaKind::Type(Type::String(s)) = &p.schema_kind
            && let [Some(value)] = s.enumeration.as_slice()
        {
            return Some(value.clone());
        }
        parts.into_iter().flatten().find_map(|part| {
            let part = match part {
                ReferenceOr::Item(s) => s,
                ReferenceOr::Reference { reference } => self.component_schema(reference, "").ok()?.0,
            };
            self.constant_property(part, property, depth + 1)
        })
    }

    /// The discriminator value of a union branch: from `mapping`, else the
    /// one value its schema allows for the property, else (as OpenAPI says)
    /// the name of the schema it references.
    fn variant_tag(&self, branch: &ReferenceOr<Schema>, d: &openapiv3::Discriminator, shape: &Shape, at: &str) -> Result<String, Error> {
        if let ShapeKind::Named(id) = shape.kind {
            for (value, target) in &d.mapping {
                let reference = if target.contains('/') { target.clone() } else { format!("#/components/schemas/{target}") };
                if self.ref_id(&reference, at).ok() == Some(id) {
                    return Ok(value.clone());
                }
            }
        }
        let schema = match branch {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => self.component_schema(reference, at).ok().map(|(s, _)| s),
        };
        if let Some(value) = schema.and_then(|s| self.constant_property(s, &d.property_name, 0)) {
            return Ok(value);
        }
        match branch {
            ReferenceOr::Reference { reference } => Ok(ref_name(reference, "schemas").unwrap_or_else(|| reference.clone())),
            ReferenceOr::Item(_) => Err(Error::new(
                self.resolver.file,
                at,
                format!("cannot tell which value of the discriminator `{}` selects this branch", d.property_name),
            )),
        }
    }

    /// A schema `openapiv3` could not put in one of its typed forms.
    fn any(&mut self, a: &AnySchema, data: &SchemaData, hint: &Name, at: &str) -> Result<Lowered, Error> {
        let object = ObjectParts {
            property_names: data.extensions.get(PROPERTY_NAMES),
            properties: &a.properties,
            required: &a.required,
            additional: a.additional_properties.as_ref(),
            min_properties: a.min_properties,
            max_properties: a.max_properties,
        };
        if let Some(not) = &a.not {
            // `not` beside other keywords constrains the value without
            // changing its type: kept for validation.
            let not = self.not_schema(not, &pointer_push(at, "not"))?;
            let rest = AnySchema { not: None, ..a.clone() };
            return Ok(match self.any(&rest, data, hint, at)? {
                Lowered::Shape(mut shape) => {
                    shape.constraints.not = Some(Box::new(not));
                    Lowered::Shape(shape)
                }
                Lowered::Kind(TypeKind::Struct(mut s), nullable) => {
                    s.not = Some(not);
                    Lowered::Kind(TypeKind::Struct(s), nullable)
                }
                Lowered::Kind(..) => {
                    return Err(self.unsupported(&pointer_push(at, "not"), "`not` beside `oneOf`, `anyOf` or `enum`"));
                }
            });
        }
        let has_properties = !a.properties.is_empty() || !a.required.is_empty();
        let has_object_parts = has_properties || a.additional_properties.is_some() || data.extensions.contains_key(PROPERTY_NAMES);
        if let Some(prefix) = data.extensions.get(PREFIX_ITEMS)
            && matches!(a.typ.as_deref(), None | Some("array"))
        {
            return self.tuple(prefix, a.items.as_ref(), a.min_items, a.max_items, hint, at);
        }
        // What the schema says beside its `allOf`/`anyOf`/`oneOf` of
        // anything but objects (`maxItems`, `type: string`, `enum`).
        let beside = AnySchema {
            properties: IndexMap::new(),
            required: Vec::new(),
            additional_properties: None,
            min_properties: None,
            max_properties: None,
            all_of: Vec::new(),
            any_of: Vec::new(),
            one_of: Vec::new(),
            typ: a.typ.clone().filter(|t| t != "object"),
            ..a.clone()
        };
        if !a.all_of.is_empty() {
            let mut parts = a.all_of.clone();
            if beside != AnySchema::default() {
                // All of them must hold: the schema's own keywords are one
                // more part.
                parts.push(ReferenceOr::Item(Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Any(beside) }));
            }
            if a.any_of.is_empty() && a.one_of.is_empty() {
                return self.all_of(&parts, has_object_parts.then_some(&object), hint, at);
            }
            // `allOf` beside `anyOf`/`oneOf`: all of them must hold, so the
            // unions are further parts of the `allOf`.
            for (branches, one) in [(&a.any_of, false), (&a.one_of, true)] {
                if !branches.is_empty() {
                    let schema_kind =
                        if one { SchemaKind::OneOf { one_of: branches.clone() } } else { SchemaKind::AnyOf { any_of: branches.clone() } };
                    parts.push(ReferenceOr::Item(Schema { schema_data: SchemaData::default(), schema_kind }));
                }
            }
            return self.all_of(&parts, has_object_parts.then_some(&object), hint, at);
        }
        if !a.one_of.is_empty() || !a.any_of.is_empty() {
            let (branches, exclusive, key) = if a.one_of.is_empty() { (&a.any_of, false, "anyOf") } else { (&a.one_of, true, "oneOf") };
            if let Some(sets) = required_only(branches)
                && sets.iter().flatten().all(|name| a.properties.contains_key(name))
            {
                // "At least one of these properties": a rule, not a union.
                let mut s = self.fields(&object, hint, at)?;
                s.required_sets.push(RequiredSets { exclusive, sets });
                return Ok(Lowered::Kind(TypeKind::Struct(s), false));
            }
            // `items` beside the branches are the items of the array ones
            // (`oneOf: [{type: array}, {type: string}], items: {type: string}`).
            let items = match &beside.items {
                Some(items) => Some(self.shape_boxed(items, &hint.join("Item"), &pointer_push(at, "items"))?),
                None => None,
            };
            let union = self.union(branches, exclusive, data, items.as_ref(), hint, &pointer_push(at, key))?;
            if beside != AnySchema::default() && !has_properties {
                // Constraints beside the branches hold for whichever branch
                // is read (`anyOf: [integer, X], minimum: 0`): validation
                // checks them on the value, each for the JSON type it is for.
                let mut constraints = self.constraints_of(&beside, at)?;
                if !beside.enumeration.is_empty() {
                    constraints.enumeration = Some(beside.enumeration.clone());
                }
                constraints.json_type = beside.typ.clone();
                let mut shape = match union {
                    Lowered::Kind(kind, nullable) => {
                        let id = self.hoist(hint.clone(), at, Docs::default(), kind);
                        Shape { nullable, ..Shape::new(ShapeKind::Named(id)) }
                    }
                    Lowered::Shape(shape) => shape,
                };
                shape.constraints.merge(constraints);
                return Ok(Lowered::Shape(shape));
            }
            if !has_properties {
                // `type: object` beside the union adds nothing the branches
                // do not say.
                return Ok(union);
            }
            // Properties beside a union: a struct with those properties, and
            // the union's fields read from the same object.
            let mut s = self.fields(&object, hint, at)?;
            let field_name = Name::new(if exclusive { "one_of" } else { "any_of" });
            let shape = match union {
                Lowered::Kind(kind, nullable) => {
                    let id = self.hoist(hint.join("Variant"), at, Docs::default(), kind);
                    Shape { nullable, ..Shape::new(ShapeKind::Named(id)) }
                }
                Lowered::Shape(shape) => shape,
            };
            s.fields.push(Field::flattened(field_name, pointer_push(at, key), shape));
            return Ok(Lowered::Kind(TypeKind::Struct(s), false));
        }
        let constraints = self.constraints_of(a, at)?;
        let plain = |kind| Lowered::Shape(Shape { constraints: constraints.clone(), ..Shape::new(kind) });
        match a.typ.as_deref() {
            Some("object") => self.object(&object, hint, at),
            None if has_object_parts => self.object(&object, hint, at),
            Some("array") | None if a.items.is_some() => {
                let items = match &a.items {
                    Some(items) => self.shape_boxed(items, &hint.join("Item"), &pointer_push(at, "items"))?,
                    None => Shape::new(ShapeKind::Any),
                };
                Ok(plain(ShapeKind::Array(Box::new(items))))
            }
            Some("array") => Ok(plain(ShapeKind::Array(Box::new(Shape::new(ShapeKind::Any))))),
            None if !a.enumeration.is_empty() => {
                let strings: Vec<&str> = a.enumeration.iter().filter_map(Value::as_str).collect();
                let nulls = a.enumeration.iter().filter(|v| v.is_null()).count();
                if strings.is_empty() && nulls == a.enumeration.len() {
                    Ok(Lowered::Shape(Shape { nullable: true, ..Shape::new(ShapeKind::Null) }))
                } else if strings.len() + nulls == a.enumeration.len() {
                    Ok(Lowered::Kind(TypeKind::Enum(string_enum(&strings)), nulls > 0))
                } else {
                    let (enumeration, nullable) = scalar_enum(a.enumeration.iter().map(|v| (!v.is_null()).then(|| v.clone())));
                    Ok(Lowered::Shape(Shape {
                        nullable,
                        constraints: Constraints { enumeration, ..constraints },
                        ..Shape::new(ShapeKind::Any)
                    }))
                }
            }
            None => Ok(Lowered::Shape(Shape {
                constraints: Constraints { format: a.format.clone().filter(|f| CHECKED_FORMATS.contains(&f.as_str())), ..constraints },
                ..Shape::new(ShapeKind::Any)
            })),
            // A typed schema `openapiv3` left untyped (it has keywords of
            // other types too) keeps its `enum`.
            Some("string") if !a.enumeration.is_empty() && a.enumeration.iter().all(|v| v.is_string() || v.is_null()) => {
                let strings: Vec<&str> = a.enumeration.iter().filter_map(Value::as_str).collect();
                Ok(Lowered::Kind(TypeKind::Enum(string_enum(&strings)), a.enumeration.iter().any(Value::is_null)))
            }
            Some(_) if !a.enumeration.is_empty() => {
                let (enumeration, nullable) = scalar_enum(a.enumeration.iter().map(|v| (!v.is_null()).then(|| v.clone())));
                let constraints = Constraints { enumeration, ..constraints };
                let typed = AnySchema { enumeration: Vec::new(), ..a.clone() };
                Ok(match self.any(&typed, data, hint, at)? {
                    Lowered::Shape(shape) => Lowered::Shape(Shape { nullable: shape.nullable || nullable, constraints, ..shape }),
                    kind => kind,
                })
            }
            Some("string") => Ok(plain(ShapeKind::String(string_format(&format_of(a))))),
            Some("integer") => Ok(plain(ShapeKind::Integer(a.format.as_deref().map_or(IntegerFormat::Int64, integer_format)))),
            Some("number") => {
                Ok(plain(ShapeKind::Number(if a.format.as_deref() == Some("float") { NumberFormat::Float } else { NumberFormat::Double })))
            }
            Some("boolean") => Ok(plain(ShapeKind::Boolean)),
            Some(other) => Err(Error::new(
                self.resolver.file,
                pointer_push(at, "type"),
                format!("unknown type `{other}`; OpenAPI knows string, number, integer, boolean, array and object"),
            )),
        }
    }
}

fn is_scalar(kind: &ShapeKind) -> bool {
    matches!(kind, ShapeKind::String(_) | ShapeKind::Integer(_) | ShapeKind::Number(_) | ShapeKind::Boolean)
}

fn same_kind(a: &ShapeKind, b: &ShapeKind) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn format_of(a: &AnySchema) -> VariantOrUnknownOrEmpty<OaStringFormat> {
    match a.format.as_deref() {
        None => VariantOrUnknownOrEmpty::Empty,
        Some("date") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Date),
        Some("date-time") => VariantOrUnknownOrEmpty::Item(OaStringFormat::DateTime),
        Some("byte") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Byte),
        Some("binary") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Binary),
        Some("password") => VariantOrUnknownOrEmpty::Item(OaStringFormat::Password),
        Some(other) => VariantOrUnknownOrEmpty::Unknown(other.to_owned()),
    }
}

/// Whether `value` breaks the constraints stated on `shape` itself (those
/// of named types inside it are theirs to check).
fn breaks(shape: &Shape, value: &Value) -> bool {
    use oapi_axum_runtime::support::{check, compile, matches};
    use oapi_axum_runtime::{At, Violations};
    let c = &shape.constraints;
    let rules = check::Rules {
        min_length: c.min_length,
        max_length: c.max_length,
        pattern: None,
        minimum: c.minimum.map(|b| (b.value, b.exclusive)),
        maximum: c.maximum.map(|b| (b.value, b.exclusive)),
        multiple_of: c.multiple_of,
        min_items: c.min_items,
        max_items: c.max_items,
        unique_items: c.unique_items,
        min_properties: c.min_properties,
        max_properties: c.max_properties,
        format: c.format.as_deref().and_then(|f| CHECKED_FORMATS.iter().find(|known| **known == f).copied()),
        json_type: None,
    };
    let mut violations = Violations::new();
    check::value(value, &rules, &At::root(""), &mut violations);
    let pattern_fails = match (&c.pattern, value.as_str()) {
        (Some(pattern), Some(text)) => compile(pattern).is_ok_and(|regex| regex.find(text).is_none()),
        _ => false,
    };
    let not_allowed = c.enumeration.as_ref().is_some_and(|allowed| !allowed.iter().any(|a| check::json_equal(a, value)));
    let excluded = c.not.as_ref().is_some_and(|not| matches(value, not));
    !violations.is_empty() || pattern_fails || not_allowed || excluded
}

/// The formats validation checks on strings (typed or not).
const CHECKED_FORMATS: &[&str] = &["email", "uuid", "uri", "url", "date-time", "date", "ipv4", "ipv6", "hostname"];

/// The keywords the run-time `not` matcher knows (and annotations).
const NOT_KEYWORDS: &[&str] = &[
    "type",
    "enum",
    "const",
    "required",
    "properties",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "items",
    "additionalProperties",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "nullable",
    "description",
    "title",
    "deprecated",
    "readOnly",
    "writeOnly",
    "example",
    "default",
];

/// The `required` lists of branches that say nothing else (but annotations).
fn required_only(branches: &[ReferenceOr<Schema>]) -> Option<Vec<Vec<String>>> {
    branches
        .iter()
        .map(|branch| match branch {
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::Any(a), .. }) if !a.required.is_empty() => {
                let rest = AnySchema { required: Vec::new(), ..a.clone() };
                (rest == AnySchema::default()).then(|| a.required.clone())
            }
            _ => None,
        })
        .collect()
}

fn is_annotation_only(part: &ReferenceOr<Schema>) -> bool {
    match part {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(schema) => matches!(
            &schema.schema_kind,
            SchemaKind::Any(a) if *a == AnySchema::default()
        ),
    }
}

/// Documentation from a schema's annotations.
pub fn docs_of(data: &SchemaData) -> Docs {
    Docs {
        title: data.title.clone(),
        description: data.description.clone(),
        examples: data
            .example
            .iter()
            .chain(data.extensions.get(crate::load::normalize::EXTRA_EXAMPLES).and_then(Value::as_array).into_iter().flatten())
            .cloned()
            .collect(),
        deprecated: data.deprecated,
    }
}

fn string_format(format: &VariantOrUnknownOrEmpty<OaStringFormat>) -> StringFormat {
    match format {
        VariantOrUnknownOrEmpty::Item(OaStringFormat::DateTime) => StringFormat::DateTime,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Date) => StringFormat::Date,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Byte) => StringFormat::Byte,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Binary) => StringFormat::Binary,
        VariantOrUnknownOrEmpty::Item(OaStringFormat::Password) => StringFormat::Plain(Some("password".into())),
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => StringFormat::Uuid,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "email" => StringFormat::Email,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uri" || f == "url" => StringFormat::Uri,
        VariantOrUnknownOrEmpty::Unknown(f) => StringFormat::Plain(Some(f.clone())),
        VariantOrUnknownOrEmpty::Empty => StringFormat::Plain(None),
    }
}

fn integer_format(format: &str) -> IntegerFormat {
    match format {
        "int32" => IntegerFormat::Int32,
        "int16" => IntegerFormat::Int16,
        "int8" => IntegerFormat::Int8,
        "uint64" => IntegerFormat::Uint64,
        "uint32" => IntegerFormat::Uint32,
        "uint16" => IntegerFormat::Uint16,
        "uint8" => IntegerFormat::Uint8,
        _ => IntegerFormat::Int64,
    }
}

/// `enum` on a scalar: the values, and whether `null` is one of them.
fn scalar_enum(values: impl Iterator<Item = Option<Value>>) -> (Option<Vec<Value>>, bool) {
    let mut nullable = false;
    let values: Vec<Value> = values
        .filter_map(|v| {
            nullable |= v.is_none();
            v
        })
        .collect();
    ((!values.is_empty()).then_some(values), nullable)
}

/// A struct as compared with another: where its properties are written
/// does not make it another struct.
fn without_sources(s: &Struct) -> Struct {
    let mut s = s.clone();
    for field in &mut s.fields {
        field.source.clear();
    }
    s
}

/// A string enum with a name for each value.
fn string_enum(values: &[&str]) -> Enum {
    let mut names = NameSet::default();
    let mut variants: Vec<EnumVariant> = Vec::with_capacity(values.len());
    for value in values {
        if variants.iter().any(|v| v.value == *value) {
            continue;
        }
        let name = names.claim_free(Name::new(*value));
        variants.push(EnumVariant { name, value: (*value).to_owned() });
    }
    Enum { variants }
}
