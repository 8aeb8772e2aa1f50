//! A response header's text, written straight from its value: a string as
//! it is, a number or boolean as JSON writes it, an array as its items
//! joined by commas (the `simple` style). Objects have no header form.

use std::fmt::Write as _;

use serde::ser::{self, Impossible, Serialize};

/// The header text of `value`; `None` for a value with no header form.
pub fn text<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    let mut out = String::new();
    value.serialize(Text { out: &mut out, depth: 0 }).ok()?;
    Some(out)
}

/// Why a value has no header form.
#[derive(Debug)]
pub struct NoHeaderForm;

impl std::fmt::Display for NoHeaderForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the value has no header form")
    }
}

impl std::error::Error for NoHeaderForm {}

impl ser::Error for NoHeaderForm {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Self
    }
}

struct Text<'o> {
    out: &'o mut String,
    /// 1 inside an array: a nested array has no header form.
    depth: u8,
}

macro_rules! display {
    ($($method:ident $t:ty),*) => {$(
        fn $method(self, value: $t) -> Result<(), NoHeaderForm> {
            let _ = write!(self.out, "{value}");
            Ok(())
        }
    )*};
}

impl<'o> ser::Serializer for Text<'o> {
    type Ok = ();
    type Error = NoHeaderForm;
    type SerializeSeq = Items<'o>;
    type SerializeTuple = Items<'o>;
    type SerializeTupleStruct = Impossible<(), NoHeaderForm>;
    type SerializeTupleVariant = Impossible<(), NoHeaderForm>;
    type SerializeMap = Impossible<(), NoHeaderForm>;
    type SerializeStruct = Impossible<(), NoHeaderForm>;
    type SerializeStructVariant = Impossible<(), NoHeaderForm>;

    display! {
        serialize_bool bool, serialize_i8 i8, serialize_i16 i16, serialize_i32 i32, serialize_i64 i64,
        serialize_i128 i128, serialize_u8 u8, serialize_u16 u16, serialize_u32 u32, serialize_u64 u64,
        serialize_u128 u128, serialize_char char, serialize_str &str
    }

    fn serialize_f32(self, value: f32) -> Result<(), NoHeaderForm> {
        self.serialize_f64(f64::from(value))
    }

    fn serialize_f64(self, value: f64) -> Result<(), NoHeaderForm> {
        // As JSON writes it (`1.0`, not `1`); JSON has no NaN or infinity.
        let number = serde_json::Number::from_f64(value).ok_or(NoHeaderForm)?;
        let _ = write!(self.out, "{number}");
        Ok(())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), NoHeaderForm> {
        Err(NoHeaderForm)
    }

    fn serialize_none(self) -> Result<(), NoHeaderForm> {
        self.out.push_str("null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), NoHeaderForm> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), NoHeaderForm> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), NoHeaderForm> {
        self.serialize_none()
    }

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), NoHeaderForm> {
        self.out.push_str(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<(), NoHeaderForm> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), NoHeaderForm> {
        // An untagged union's variant is written as its value.
        value.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'o>, NoHeaderForm> {
        if self.depth > 0 {
            return Err(NoHeaderForm);
        }
        Ok(Items { out: self.out, first: true })
    }

    fn serialize_tuple(self, len: usize) -> Result<Items<'o>, NoHeaderForm> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, NoHeaderForm> {
        Err(NoHeaderForm)
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NoHeaderForm> {
        Err(NoHeaderForm)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NoHeaderForm> {
        Err(NoHeaderForm)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NoHeaderForm> {
        Err(NoHeaderForm)
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NoHeaderForm> {
        Err(NoHeaderForm)
    }
}

/// The items of an array, joined by commas.
struct Items<'o> {
    out: &'o mut String,
    first: bool,
}

impl ser::SerializeSeq for Items<'_> {
    type Ok = ();
    type Error = NoHeaderForm;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NoHeaderForm> {
        if !std::mem::take(&mut self.first) {
            self.out.push(',');
        }
        value.serialize(Text { out: self.out, depth: 1 })
    }

    fn end(self) -> Result<(), NoHeaderForm> {
        Ok(())
    }
}

impl ser::SerializeTuple for Items<'_> {
    type Ok = ();
    type Error = NoHeaderForm;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), NoHeaderForm> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), NoHeaderForm> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn values_as_headers_write_them() {
        assert_eq!(text("etag-1").as_deref(), Some("etag-1"));
        assert_eq!(text(&42_i64).as_deref(), Some("42"));
        assert_eq!(text(&1.0_f64).as_deref(), Some("1.0"));
        assert_eq!(text(&true).as_deref(), Some("true"));
        assert_eq!(text(&vec![1, 2, 3]).as_deref(), Some("1,2,3"));
        assert_eq!(text(&vec!["a", "b"]).as_deref(), Some("a,b"));
        assert_eq!(text(&vec![vec![1]]), None);
        assert_eq!(text(&std::collections::BTreeMap::from([("a", 1)])), None);
        assert_eq!(text(&f64::NAN), None);
    }
}
