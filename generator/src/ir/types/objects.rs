//! Objects: properties, `additionalProperties` and `propertyNames`, and
//! tuples (`prefixItems`).

use super::*;

impl TypeBuilder<'_> {
    pub(super) fn object(&mut self, parts: &ObjectParts<'_>, hint: &Name, at: &str) -> Result<Lowered, Error> {
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
    pub(super) fn map_keys(&mut self, names: Option<&ReferenceOr<Schema>>, hint: &Name, at: &str) -> Result<Shape, Error> {
        let plain = Shape::new(ShapeKind::String(StringFormat::Plain(None)));
        let Some(names) = names else { return Ok(plain) };
        let names_at = pointer_push(at, "propertyNames");
        // `propertyNames: {format: uuid}` has no `type`: keys are strings.
        let schema = match names.clone() {
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
    pub(super) fn tuple(
        &mut self,
        schemas: &[ReferenceOr<Schema>],
        items: Option<&ReferenceOr<Box<Schema>>>,
        min_items: Option<usize>,
        max_items: Option<usize>,
        hint: &Name,
        at: &str,
    ) -> Result<Lowered, Error> {
        let prefix_at = pointer_push(at, "prefixItems");
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

    pub(super) fn fields(&mut self, parts: &ObjectParts<'_>, hint: &Name, at: &str) -> Result<Struct, Error> {
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
                docs: data.map(|d| self.docs_of(d, &field_at)).unwrap_or_default(),
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
}

/// Object properties in the form both object schemas and loose schemas give.
pub(super) struct ObjectParts<'s> {
    /// `propertyNames`, which load keeps beside the model.
    pub(super) property_names: Option<&'s ReferenceOr<Schema>>,
    pub(super) properties: &'s IndexMap<String, ReferenceOr<Box<Schema>>>,
    pub(super) required: &'s [String],
    pub(super) additional: Option<&'s AdditionalProperties>,
    pub(super) min_properties: Option<usize>,
    pub(super) max_properties: Option<usize>,
}

/// A struct as compared with another: where its properties are written
/// does not make it another struct.
pub(super) fn without_sources(s: &Struct) -> Struct {
    let mut s = s.clone();
    for field in &mut s.fields {
        field.source.clear();
    }
    s
}
