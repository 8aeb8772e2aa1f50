//! `allOf`: the parts merged into one object, or refused when they contradict.

use super::*;

impl TypeBuilder<'_> {
    /// `allOf`: one part is that part; object parts merge into one struct.
    pub(super) fn all_of(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        own: Option<&ObjectParts<'_>>,
        hint: &Name,
        at: &str,
    ) -> Result<Lowered, Error> {
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
        // A part that is `{type: 'null'}`.
        let mut null = false;
        for (i, part) in typed {
            let part_at = pointer_push(&all_at, &i.to_string());
            let (schema, schema_at) = match part {
                ReferenceOr::Reference { reference } => self.component_schema(reference, &part_at)?,
                ReferenceOr::Item(schema) => (schema, part_at.clone()),
            };
            // A union whose branches only require properties checks the
            // object; it shapes nothing (`oneOf: [{required: [a]}, {required: [b]}]`).
            if let Some((sets, exclusive)) = required_only_union(schema) {
                merged.required_sets.push(RequiredSets { exclusive, sets });
                objects = true;
                continue;
            }
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
            // A string enum, or a union of them (`oneOf` of `const`s): the
            // values it allows, met with those of the other such parts.
            let enum_part = match &lowered {
                Lowered::Kind(TypeKind::Enum(e), _) => Some((
                    e.variants.iter().map(|v| v.value.clone()).collect::<Vec<String>>(),
                    match part {
                        ReferenceOr::Reference { reference } => Some(self.ref_id(reference, &part_at)?),
                        ReferenceOr::Item(_) => None,
                    },
                )),
                Lowered::Kind(kind @ TypeKind::Union(_), false) => self.values_of_enums(kind).map(|values| (values, None)),
                Lowered::Shape(Shape { kind: ShapeKind::Named(id), nullable: false, .. }) => self
                    .types
                    .get(id.0)
                    .and_then(Option::as_ref)
                    .and_then(|def| self.values_of_enums(&def.kind))
                    .map(|values| (values, None)),
                _ => None,
            };
            if let Some((values, named)) = enum_part {
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
                continue;
            }
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
                Lowered::Shape(Shape { kind: ShapeKind::Null, .. }) => null = true,
                // A string enum, or a union of them (`oneOf` of `const`s):
                // the values it allows.
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
        // Every required set names properties the parts list.
        for set in merged.required_sets.iter().flat_map(|r| &r.sets) {
            if let Some(name) = set.iter().find(|name| !merged.fields.iter().any(|f| f.name.raw() == name.as_str())) {
                return Err(self.unsupported(&all_at, &format!("a branch requiring `{name}`, a property no part of this `allOf` lists")));
            }
        }
        if null {
            // Null and nothing else: only `null`; null and a kind of value
            // that is not null: nothing.
            let only_null =
                !objects && enums.is_none() && scalar.as_ref().is_none_or(|s| s.nullable) && union.as_ref().is_none_or(|(s, _)| s.nullable);
            return Ok(if only_null {
                Lowered::Shape(Shape { nullable: true, ..Shape::new(ShapeKind::Null) })
            } else {
                self.contradiction(at)
            });
        }
        if let Some((values, named)) = enums {
            if objects || scalar.as_ref().is_some_and(|s| !matches!(s.kind, ShapeKind::String(_))) {
                return Ok(self.contradiction(at));
            }
            if union.is_some() {
                return Err(self.unsupported(&all_at, "`allOf` of an enum and a union of other values"));
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

    /// The values a union allows when every variant is a string enum (a
    /// `oneOf` of `const`s, or of one-value enums).
    fn values_of_enums(&self, kind: &TypeKind) -> Option<Vec<String>> {
        let TypeKind::Union(union) = kind else { return None };
        let mut values: Vec<String> = Vec::new();
        for variant in &union.variants {
            let ShapeKind::Named(id) = variant.shape.kind else { return None };
            if variant.shape.nullable {
                return None;
            }
            let Some(Some(TypeDef { kind: TypeKind::Enum(e), .. })) = self.types.get(id.0) else { return None };
            for value in &e.variants {
                if !values.contains(&value.value) {
                    values.push(value.value.clone());
                }
            }
        }
        (!values.is_empty()).then_some(values)
    }

    /// `allOf` of parts no one value can match (a string that is also an
    /// object): the schema admits nothing, and says so.
    pub(super) fn contradiction(&mut self, at: &str) -> Lowered {
        self.warnings.push(Warning {
            file: None,
            pointer: pointer_push(at, "allOf"),
            message: "the parts of this `allOf` require different types, so no value matches it; \
                      generated as a type with no values"
                .to_owned(),
        });
        Lowered::Kind(TypeKind::Never, false)
    }

    pub(super) fn merge_into(merged: &mut Struct, part: Struct) {
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
}

pub(super) fn is_annotation_only(part: &ReferenceOr<Schema>) -> bool {
    match part {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(schema) => matches!(
            &schema.schema_kind,
            SchemaKind::Any(a) if *a == AnySchema::default()
        ),
    }
}

/// The required sets of a `oneOf`/`anyOf` (and nothing else) whose every
/// branch only lists `required`, with whether exactly one must hold.
fn required_only_union(schema: &Schema) -> Option<(Vec<Vec<String>>, bool)> {
    let (branches, exclusive) = match &schema.schema_kind {
        SchemaKind::OneOf { one_of } => (one_of, true),
        SchemaKind::AnyOf { any_of } => (any_of, false),
        SchemaKind::Any(a) if a.one_of.is_empty() != a.any_of.is_empty() => {
            let rest = AnySchema { one_of: Vec::new(), any_of: Vec::new(), typ: None, ..a.clone() };
            if rest != AnySchema::default() || a.typ.as_deref().is_some_and(|t| t != "object") {
                return None;
            }
            if a.one_of.is_empty() { (&a.any_of, false) } else { (&a.one_of, true) }
        }
        _ => return None,
    };
    Some((unions::required_only(branches)?, exclusive))
}
