//! Lowers JSON schemas to [`Shape`]s and named [`TypeDef`]s.
//!
//! Component schemas keep their names; inline schemas that need a type of
//! their own (objects, string enums, unions) are named after where they are
//! (`OrganizationCreate` + `branding` = `OrganizationCreateBranding`).

use std::collections::{BTreeMap, HashMap};

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

mod all_of;
mod objects;
mod scalars;
mod unions;

use objects::{ObjectParts, without_sources};
use scalars::{CHECKED_FORMATS, DEFINED_FORMATS, format_of, integer_format, is_scalar, same_kind, scalar_enum, string_enum, string_format};
use unions::required_only;

/// The extension in which a document names a schema's or operation's Rust type.
pub(super) const RUST_NAME: &str = "x-rust-name";
use crate::load::{Keywords, SchemaKeywords};

/// What a schema lowers to: a type that needs a name, or a plain shape.
enum Lowered {
    /// A struct, enum or union; `nullable` when the schema admits null.
    Kind(TypeKind, bool),
    /// Anything else.
    Shape(Shape),
}

/// A type of parameters, its structure (no sources) and the operations
/// that read it.
struct ParameterStruct {
    structure: Struct,
    id: TypeId,
    readers: Vec<String>,
}

/// Builds the named types of one document.
pub struct TypeBuilder<'a> {
    pub(super) resolver: &'a Resolver<'a>,
    schemas: Option<&'a IndexMap<String, ReferenceOr<Schema>>>,
    /// What 3.1 schemas state beside what the model holds, by pointer.
    keywords: &'a Keywords,
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
    /// The parameters of one location of an operation, by location and
    /// parameter names: one type per structure, with the operations that
    /// read it (`GET`, `POST` and `DELETE` of one path share its path
    /// parameters; most of Stripe's `GET`s share one `expand` query).
    parameter_structs: HashMap<(String, Vec<String>), Vec<ParameterStruct>>,
    /// Problems of the document worked around.
    pub warnings: Vec<Warning>,
    /// String formats no specification defines, each with where it is
    /// first and how many schemas state it: one warning each at the end.
    unknown_formats: BTreeMap<String, (String, usize)>,
    /// The two narrowings, each with where it is first and how often: an
    /// integer with no `format` and no bounds, read as `i64`; a schema of
    /// object or array keywords without `type`, read as that type.
    narrowed_integers: Option<(String, usize)>,
    implied_types: Option<(String, usize)>,
    untyped: Untyped,
    /// Refuse, rather than skip with a warning, what a fault confines to a
    /// part (a discriminator mapping that points nowhere).
    strict: bool,
    /// The components whose schemas are being merged into an `allOf` now,
    /// innermost last: one met again is a cycle no merge can finish.
    merging: Vec<String>,
    /// Schemas loading could not read (a `type` that is not a type), each
    /// the fault at its keyword: what holds one is left out.
    unreadable: &'a [Error],
    /// The components left out, each with the fault of the unreadable
    /// schema it holds or uses: a reference to one fails, so an operation
    /// that uses it is skipped.
    left_out: HashMap<TypeId, Error>,
}

impl<'a> TypeBuilder<'a> {
    /// Names every component schema; their definitions follow in
    /// [`TypeBuilder::define_components`].
    pub fn new(
        resolver: &'a Resolver<'a>,
        schemas: Option<&'a IndexMap<String, ReferenceOr<Schema>>>,
        keywords: &'a Keywords,
        unreadable: &'a [Error],
        options: &super::Options,
    ) -> Result<Self, Error> {
        let untyped = options.untyped;
        let mut builder = Self {
            resolver,
            schemas,
            keywords,
            types: Vec::new(),
            names: NameSet::for_types(),
            components: HashMap::new(),
            inline_enums: Vec::new(),
            inline_structs: HashMap::new(),
            inline_unions: HashMap::new(),
            parameter_structs: HashMap::new(),
            warnings: Vec::new(),
            unknown_formats: BTreeMap::new(),
            narrowed_integers: None,
            implied_types: None,
            untyped,
            strict: options.strict,
            merging: Vec::new(),
            unreadable,
            left_out: HashMap::new(),
        };
        // Two schema names may be one once cased (`address` and `Address`).
        // A name already in its Rust form keeps it; the others are claimed
        // in document order, and one whose form is taken gets a number.
        if let Some(stale) = options.config.schemas.keys().find(|key| schemas.is_none_or(|all| !all.contains_key(*key))) {
            let file = options.config.file.as_deref().unwrap_or(resolver.file);
            return Err(Error::new(file, pointer_push("/schemas", stale), format!("no schema of the document is `{stale}`")));
        }
        let Some(schemas) = schemas else { return Ok(builder) };
        let wanted: Vec<Name> = schemas.keys().map(|name| Name::new(name.as_str())).collect();
        let cased = |name: &Name| name.camel().to_owned();
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
                options.config.schemas.get(name),
                (options.config.file.as_deref(), &pointer_push("/schemas", name)),
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
        self.leave_out_unreadable(schemas);
        for (name, schema) in schemas {
            let id = self.components[name];
            if self.left_out.contains_key(&id) {
                self.types[id.0].as_mut().expect("registered in new").kind = TypeKind::LeftOut;
                continue;
            }
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
                let docs = self.docs_of(&schema.schema_data, &at);
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

    /// Finds the components that hold an unreadable schema, or use one that
    /// does (by `$ref` or a discriminator's mapping, at any depth), and
    /// warns once at each unreadable schema.
    fn leave_out_unreadable(&mut self, schemas: &IndexMap<String, ReferenceOr<Schema>>) {
        if self.unreadable.is_empty() {
            return;
        }
        for fault in self.unreadable {
            self.warnings.push(Warning::new(
                fault.pointer.clone(),
                format!(
                    "{}: the schema is left out, with every schema and operation that uses it (`--strict` refuses the document instead)",
                    fault.message
                ),
            ));
        }
        // What each component refers to, by name.
        let mut uses: Vec<(TypeId, Vec<TypeId>)> = Vec::new();
        for (name, schema) in schemas {
            let id = self.components[name];
            let at = pointer_push("/components/schemas", name);
            if let Some(fault) = self.unreadable.iter().find(|fault| fault.pointer.starts_with(&format!("{at}/"))) {
                self.left_out.insert(id, fault.clone());
                continue;
            }
            let mut references = Vec::new();
            collect_references(&serde_json::to_value(schema).unwrap_or_default(), &mut references);
            let used = references.iter().filter_map(|r| ref_name(r, "schemas")).filter_map(|n| self.components.get(&n).copied()).collect();
            uses.push((id, used));
        }
        // Until nothing more is left out.
        loop {
            let before = self.left_out.len();
            for (id, used) in &uses {
                if self.left_out.contains_key(id) {
                    continue;
                }
                if let Some(fault) = used.iter().find_map(|u| self.left_out.get(u)) {
                    let fault = fault.clone();
                    self.left_out.insert(*id, fault);
                }
            }
            if self.left_out.len() == before {
                break;
            }
        }
    }

    /// All types, in id order, and the warnings.
    pub fn finish(mut self) -> (Vec<TypeDef>, Vec<Warning>) {
        let more = |count: usize| match count {
            0 | 1 => String::new(),
            2 => " (here and in 1 more schema)".to_owned(),
            _ => format!(" (here and in {} more schemas)", count - 1),
        };
        for (format, (pointer, count)) in std::mem::take(&mut self.unknown_formats) {
            self.warnings.push(Warning::new(
                pointer,
                format!("`format: {format}`{} is not a format the specifications define: an annotation, not checked", more(count)),
            ));
        }
        if let Some((pointer, count)) = self.narrowed_integers.take() {
            self.warnings.push(Warning::new(
                pointer,
                format!("`type: integer` without a `format` or both bounds{} is read as `i64`: a larger integer is refused", more(count)),
            ));
        }
        if let Some((pointer, count)) = self.implied_types.take() {
            self.warnings.push(Warning::new(
                pointer,
                format!(
                    "a schema of object or array keywords without `type`{} is read as that type, where JSON Schema also \
                     takes any other value (`--untyped any-value` reads it so)",
                    more(count)
                ),
            ));
        }
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
            if reference.starts_with('#') {
                let what = format!("`{reference}` does not point at an entry of `#/components/schemas`; only those can be referenced");
                Error::new(self.resolver.file, &ref_at, what)
            } else {
                let what = format!("`{reference}` points outside this document; external references are not supported");
                Error::unsupported(self.resolver.file, &ref_at, what)
            }
        })?;
        let id = self.components.get(&name).copied();
        let id = id.ok_or_else(|| Error::new(self.resolver.file, &ref_at, format!("`{reference}` points at nothing")))?;
        match self.left_out.get(&id) {
            // Where the fault is, which the warning names.
            Some(fault) => Err(Error { message: format!("{} (`{reference}` holds or uses it)", fault.message), ..fault.clone() }),
            None => Ok(id),
        }
    }

    /// The type a reference names at the end of its chain of references
    /// (`CatAlias: {$ref: Cat}` is `Cat`).
    pub(super) fn final_ref_id(&self, reference: &str, at: &str) -> Result<TypeId, Error> {
        let mut reference = reference.to_owned();
        for _ in 0..64 {
            let name = ref_name(&reference, "schemas").unwrap_or_default();
            match self.schemas.and_then(|s| s.get(&name)) {
                Some(ReferenceOr::Reference { reference: next }) => reference.clone_from(next),
                _ => break,
            }
        }
        self.ref_id(&reference, at)
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

    /// What the schema at `at` states beside what the model holds.
    fn keywords_at(&self, at: &str) -> Option<&'a SchemaKeywords> {
        if self.keywords.is_empty() { None } else { self.keywords.get(at) }
    }

    /// Documentation from the annotations of the schema at `at`.
    pub fn docs_of(&self, data: &SchemaData, at: &str) -> Docs {
        let more = self.keywords_at(at).map(|k| k.examples.as_slice()).unwrap_or_default();
        Docs {
            title: data.title.clone(),
            description: data.description.clone(),
            examples: data.example.iter().chain(more).cloned().collect(),
            deprecated: data.deprecated,
        }
    }

    /// The type of the parameters `op` reads from one location (`word`:
    /// "path", "query", ...; `suffix`: "Path", "Query", ...), named after
    /// `op`; or the type of an operation before it whose parameters there
    /// are the same (names, shapes, docs), which then lists `op` among its
    /// readers. A type two operations share is named after its parameters
    /// where they are few (three path parameters, one elsewhere) and the
    /// name is free (`OrgIdPath`, `ExpandQuery`): the first operation's name
    /// would mislead in the others.
    pub fn parameters_struct(&mut self, op: &Name, word: &str, suffix: &str, at: &str, s: Struct) -> TypeId {
        let key = (word.to_owned(), s.fields.iter().map(|f| f.name.raw().to_owned()).collect::<Vec<_>>());
        let structure = without_sources(&s);
        let known = self.parameter_structs.get_mut(&key).and_then(|all| all.iter_mut().find(|known| known.structure == structure));
        if let Some(known) = known {
            known.readers.push(op.to_string());
            let docs = Docs { description: Some(parameters_docs(word, &known.readers)), ..Docs::default() };
            let (id, first_share) = (known.id, known.readers.len() == 2);
            let def = self.types[id.0].as_mut().expect("hoisted");
            def.docs = docs;
            // Path parameters are names of things (`OrgIdPath`); more than
            // one of a query or headers reads as a list (`PagePageSizeQuery`).
            let most = if word == "path" { 3 } else { 1 };
            if first_share && (1..=most).contains(&key.1.len()) {
                let wanted = Name::new(key.1.join(" ")).join(suffix);
                if self.names.claim(&wanted).is_ok() {
                    def.name = wanted;
                }
            }
            return id;
        }
        let readers = vec![op.to_string()];
        let docs = Docs { description: Some(parameters_docs(word, &readers)), ..Docs::default() };
        let id = self.hoist(op.join(suffix), at, docs, TypeKind::Struct(s));
        self.parameter_structs.entry(key).or_default().push(ParameterStruct { structure, id, readers });
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
                        let id = self.hoist(hint.clone(), at, self.docs_of(&schema.schema_data, at), TypeKind::Enum(e.clone()));
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
                        self.forget_docs_unless_same(id, &self.docs_of(&schema.schema_data, at));
                        id
                    }
                    None => {
                        let id = self.hoist(hint.clone(), at, self.docs_of(&schema.schema_data, at), TypeKind::Struct(s));
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
                        self.forget_docs_unless_same(id, &self.docs_of(&schema.schema_data, at));
                        id
                    }
                    None => {
                        let id = self.hoist(hint.clone(), at, self.docs_of(&schema.schema_data, at), TypeKind::Union(u.clone()));
                        self.inline_unions.entry(key).or_default().push((u, id));
                        id
                    }
                };
                Ok(Shape { nullable, ..Shape::new(ShapeKind::Named(id)) })
            }
            Lowered::Kind(kind, nullable) => {
                let id = self.hoist(hint.clone(), at, self.docs_of(&schema.schema_data, at), kind);
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
            let implied = untyped
                && matches!(
                    &lowered,
                    Lowered::Kind(TypeKind::Struct(_), _)
                        | Lowered::Shape(Shape { kind: ShapeKind::Map { .. } | ShapeKind::Array(_) | ShapeKind::Tuple(_), .. })
                );
            if implied {
                self.implied_types.get_or_insert_with(|| (at.to_owned(), 0)).1 += 1;
            }
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
                members: None,
            }),
            false,
        ))
    }

    fn lower(&mut self, schema: &Schema, hint: &Name, at: &str) -> Result<Lowered, Error> {
        if let Some(fault) = self.unreadable.iter().find(|fault| fault.pointer.strip_suffix("/type") == Some(at)) {
            return Err(fault.clone());
        }
        let nullable = schema.schema_data.nullable;
        let lowered = match &schema.schema_kind {
            SchemaKind::Type(t) => self.typed(t, hint, at)?,
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

    /// The `additionalProperties` schema of an object stated beside
    /// `anyOf`/`oneOf` branches, with no `properties` of its own, as JSON for
    /// the run-time matcher: every member must match it (JSON Schema's
    /// reading). One the matcher cannot judge exactly is not checked, with
    /// a warning; `false`, which would forbid every member where authors
    /// mean "none beyond the branches'", is left to the branches.
    fn members_beside(&mut self, a: &AnySchema, at: &str) -> Option<Value> {
        let Some(openapiv3::AdditionalProperties::Schema(schema)) = &a.additional_properties else { return None };
        let at = pointer_push(at, "additionalProperties");
        match self.not_schema(schema, &at) {
            Ok(value) => Some(value),
            Err(error) => {
                self.warnings.push(Warning::new(
                    error.pointer,
                    "`additionalProperties` beside `anyOf`/`oneOf` is not checked: it states what the run-time matcher \
                     cannot judge exactly",
                ));
                None
            }
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
        Error::unsupported(self.resolver.file, at, format!("{feature} is not supported by this generator"))
    }

    fn typed(&mut self, t: &Type, hint: &Name, at: &str) -> Result<Lowered, Error> {
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
                if let StringFormat::Plain(Some(name)) = &format
                    && !DEFINED_FORMATS.contains(&name.as_str())
                {
                    self.unknown_formats.entry(name.clone()).or_insert_with(|| (pointer_push(at, "format"), 0)).1 += 1;
                }
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
                if i.format == VariantOrUnknownOrEmpty::Empty && (i.minimum.is_none() || i.maximum.is_none()) {
                    self.narrowed_integers.get_or_insert_with(|| (at.to_owned(), 0)).1 += 1;
                }
                Lowered::Shape(Shape { nullable, constraints, ..Shape::new(ShapeKind::Integer(format)) })
            }
            Type::Boolean(b) => {
                let (enumeration, nullable) = scalar_enum(b.enumeration.iter().map(|v| v.map(Value::from)));
                let constraints = Constraints { enumeration, ..Constraints::default() };
                Lowered::Shape(Shape { nullable, constraints, ..Shape::new(ShapeKind::Boolean) })
            }
            Type::Object(o) => self.object(
                &ObjectParts {
                    property_names: self.keywords_at(at).and_then(|k| k.property_names.as_ref()),
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
                if let Some(prefix) = self.keywords_at(at).and_then(|k| k.prefix_items.as_deref()) {
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

    /// A schema `openapiv3` could not put in one of its typed forms.
    fn any(&mut self, a: &AnySchema, data: &SchemaData, hint: &Name, at: &str) -> Result<Lowered, Error> {
        let object = ObjectParts {
            property_names: self.keywords_at(at).and_then(|k| k.property_names.as_ref()),
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
        let has_object_parts = has_properties || a.additional_properties.is_some() || object.property_names.is_some();
        if let Some(prefix) = self.keywords_at(at).and_then(|k| k.prefix_items.as_deref())
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
            let mut union = self.union(branches, exclusive, data, items.as_ref(), hint, &pointer_push(at, key))?;
            if !has_properties
                && let Some(members) = self.members_beside(a, at)
                && let Lowered::Kind(TypeKind::Union(u), _) = &mut union
            {
                u.members = Some(Box::new(members));
            }
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

/// "The path parameters of `A`, `B` and `C`.", or, past three readers,
/// "The query parameters of `A` and 102 other operations."
fn parameters_docs(word: &str, readers: &[String]) -> String {
    // Only what is shown is quoted: a type may have thousands of readers.
    let of = match readers {
        [] => String::new(),
        [one] => format!("`{one}`"),
        [first, middle @ .., last] if readers.len() <= 3 => {
            let middle: String = middle.iter().map(|r| format!(", `{r}`")).collect();
            format!("`{first}`{middle} and `{last}`")
        }
        [first, rest @ ..] => format!("`{first}` and {} other operations", rest.len()),
    };
    format!("The {word} parameters of {of}.")
}

/// Every `$ref` and discriminator mapping in a schema, as written.
fn collect_references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            for (key, value) in object {
                match (key.as_str(), value) {
                    ("$ref", Value::String(reference)) => out.push(reference.clone()),
                    // A discriminator's, or a property named `mapping`.
                    ("mapping", Value::Object(mapping)) => {
                        out.extend(mapping.values().filter_map(Value::as_str).map(str::to_owned));
                        collect_references(value, out);
                    }
                    _ => collect_references(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_references(item, out)),
        _ => {}
    }
}
