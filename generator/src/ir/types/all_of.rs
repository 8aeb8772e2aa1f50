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
