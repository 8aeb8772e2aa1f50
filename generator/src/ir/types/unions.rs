//! `oneOf` and `anyOf`: unions, their variants' names and discriminator tags.

use super::*;

impl TypeBuilder<'_> {
    pub(super) fn union(
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
                // The discriminator is beside the `oneOf`/`anyOf` (`at`).
                let schema_at = at.strip_suffix("/oneOf").or_else(|| at.strip_suffix("/anyOf")).unwrap_or(at);
                for (value, target) in &d.mapping {
                    // A mapping value is a reference or a bare schema name.
                    let reference = if target.contains('/') { target.clone() } else { format!("#/components/schemas/{target}") };
                    let map_at = pointer_push(&pointer_push(&pointer_push(schema_at, "discriminator"), "mapping"), value);
                    match self.final_ref_id(&reference, &map_at) {
                        Ok(id) => mapping.push((value.clone(), id)),
                        // The variants are listed: an entry that points
                        // nowhere (left over from bundling) is dropped.
                        Err(error) if !self.strict && !branches.is_empty() => self.warnings.push(Warning {
                            file: None,
                            pointer: map_at,
                            message: format!(
                                "{}: the mapping of `{value}` is dropped, and the variants the `oneOf`/`anyOf` lists are read by \
                                 their own tags (`--strict` refuses the document instead)",
                                error.message
                            ),
                        }),
                        // At the mapping's entry, which is a string, not a `$ref`.
                        Err(error) => return Err(Error { pointer: map_at, ..error }),
                    }
                }
                Some(Discriminator { property: d.property_name.clone(), mapping })
            }
        };
        Ok(Lowered::Kind(TypeKind::Union(Union { exclusive, variants, discriminator, members: None }), false))
    }

    /// The name of an inline union branch: its title; else the value it
    /// gives the discriminator property; else the one schema it extends with
    /// `allOf`; else what kind of value it is.
    pub(super) fn variant_name(&self, schema: &Schema, discriminator: Option<&openapiv3::Discriminator>) -> Name {
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
    pub(super) fn constant_property(&self, schema: &Schema, property: &str, depth: usize) -> Option<String> {
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
    pub(super) fn variant_tag(
        &self,
        branch: &ReferenceOr<Schema>,
        d: &openapiv3::Discriminator,
        shape: &Shape,
        at: &str,
    ) -> Result<String, Error> {
        // Both the branch and the mapping's target at the end of their
        // chains of references.
        let branch_id = match branch {
            ReferenceOr::Reference { reference } => self.final_ref_id(reference, at).ok(),
            ReferenceOr::Item(_) => None,
        };
        if let Some(id) = branch_id.or(match shape.kind {
            ShapeKind::Named(id) => Some(id),
            _ => None,
        }) {
            for (value, target) in &d.mapping {
                let reference = if target.contains('/') { target.clone() } else { format!("#/components/schemas/{target}") };
                if self.final_ref_id(&reference, at).ok() == Some(id) {
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
}

/// The `required` lists of branches that say nothing else (but annotations).
pub(super) fn required_only(branches: &[ReferenceOr<Schema>]) -> Option<Vec<Vec<String>>> {
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
