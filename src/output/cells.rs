//! A record's fields as CSV cells, written straight from its `Serialize`
//! implementation: the same text the JSON-value route gives (lists as
//! `a,b`, maps as `k=v,k=v`, absent values empty), without building a
//! JSON value per row. A record with anything nested deeper than that (an
//! audit entry's details) is left to the JSON-value route.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Impossible, Serialize};

/// The cells of `item` (a struct) and their field names, or `None` when a
/// field is nested too deep for this route. The strings of `cells` are
/// written over, so a stream of records allocates for its first only.
pub fn cells_of<T: Serialize>(
    item: &T,
    names: &mut Vec<&'static str>,
    cells: &mut Vec<String>,
) -> Option<()> {
    names.clear();
    let record = Record {
        names,
        cells,
        filled: 0,
    };
    item.serialize(record).ok()
}

/// The one error: this value needs the JSON-value route.
#[derive(Debug)]
pub struct Nested;

impl Display for Nested {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value nested too deep for a CSV cell")
    }
}

impl std::error::Error for Nested {}

impl ser::Error for Nested {
    fn custom<M: Display>(_: M) -> Self {
        Nested
    }
}

/// Serializes a struct into its cells: the first `filled` of `cells`, the
/// rest cut off at the end.
struct Record<'a> {
    names: &'a mut Vec<&'static str>,
    cells: &'a mut Vec<String>,
    filled: usize,
}

impl Record<'_> {
    /// The next cell, emptied.
    fn next_cell(&mut self) -> &mut String {
        if self.filled == self.cells.len() {
            self.cells.push(String::new());
        }
        let cell = &mut self.cells[self.filled];
        self.filled += 1;
        cell.clear();
        cell
    }
}

impl ser::SerializeStruct for Record<'_> {
    type Ok = ();
    type Error = Nested;

    fn serialize_field<V: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), Nested> {
        value.serialize(Cell {
            out: self.next_cell(),
            inner: false,
        })?;
        self.names.push(key);
        Ok(())
    }

    fn end(self) -> Result<(), Nested> {
        self.cells.truncate(self.filled);
        Ok(())
    }
}

/// Writes one cell: a plain value, or (when not `inner`) a list or map of
/// plain values.
struct Cell<'a> {
    out: &'a mut String,
    inner: bool,
}

impl Cell<'_> {
    fn text(self, value: impl Display) -> Result<(), Nested> {
        write!(self.out, "{value}").map_err(|_| Nested)
    }
}

/// The elements of a list or the entries of a map, joined with commas.
struct Joined<'a> {
    out: &'a mut String,
    first: bool,
}

impl Joined<'_> {
    fn separate(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
    }

    fn plain<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Nested> {
        value.serialize(Cell {
            out: self.out,
            inner: true,
        })
    }
}

/// The compound values no CSV cell or record holds.
macro_rules! refuse_compounds {
    () => {
        fn serialize_newtype_variant<V: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &V,
        ) -> Result<(), Nested> {
            Err(Nested)
        }

        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Nested> {
            Err(Nested)
        }

        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Nested> {
            Err(Nested)
        }

        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Nested> {
            Err(Nested)
        }

        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Nested> {
            Err(Nested)
        }
    };
}

/// Methods of a value the serializer refuses.
macro_rules! refuse {
    ($($method:ident: $t:ty),*) => {
        $(fn $method(self, _: $t) -> Result<(), Nested> { Err(Nested) })*
    };
}

macro_rules! plain_numbers {
    ($($method:ident: $t:ty),*) => {
        $(fn $method(self, v: $t) -> Result<(), Nested> { self.text(v) })*
    };
}

impl<'a> ser::Serializer for Cell<'a> {
    type Ok = ();
    type Error = Nested;
    type SerializeSeq = Joined<'a>;
    type SerializeTuple = Impossible<(), Nested>;
    type SerializeTupleStruct = Impossible<(), Nested>;
    type SerializeTupleVariant = Impossible<(), Nested>;
    type SerializeMap = Joined<'a>;
    type SerializeStruct = Impossible<(), Nested>;
    type SerializeStructVariant = Impossible<(), Nested>;

    refuse_compounds!();

    plain_numbers!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_bool: bool, serialize_char: char);

    fn serialize_f32(self, v: f32) -> Result<(), Nested> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), Nested> {
        // As a JSON value prints it (`null` for what JSON cannot hold).
        self.text(serde_json::Value::from(v))
    }

    fn serialize_str(self, v: &str) -> Result<(), Nested> {
        self.out.push_str(v);
        Ok(())
    }

    /// Written straight into the cell, not through a string of its own.
    fn collect_str<V: Display + ?Sized>(self, value: &V) -> Result<(), Nested> {
        self.text(value)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Nested> {
        Err(Nested)
    }

    fn serialize_none(self) -> Result<(), Nested> {
        Ok(())
    }

    fn serialize_some<V: Serialize + ?Sized>(self, value: &V) -> Result<(), Nested> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Nested> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Nested> {
        Ok(())
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Nested> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &V,
    ) -> Result<(), Nested> {
        value.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Joined<'a>, Nested> {
        self.joined()
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Joined<'a>, Nested> {
        self.joined()
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Nested> {
        Err(Nested)
    }
}

impl<'a> Cell<'a> {
    /// A list or map in a cell; one inside a list or map is too deep.
    fn joined(self) -> Result<Joined<'a>, Nested> {
        if self.inner {
            return Err(Nested);
        }
        Ok(Joined {
            out: self.out,
            first: true,
        })
    }
}

impl ser::SerializeSeq for Joined<'_> {
    type Ok = ();
    type Error = Nested;

    fn serialize_element<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Nested> {
        self.separate();
        self.plain(value)
    }

    fn end(self) -> Result<(), Nested> {
        Ok(())
    }
}

impl ser::SerializeMap for Joined<'_> {
    type Ok = ();
    type Error = Nested;

    fn serialize_key<K: Serialize + ?Sized>(&mut self, key: &K) -> Result<(), Nested> {
        self.separate();
        self.plain(key)?;
        self.out.push('=');
        Ok(())
    }

    fn serialize_value<V: Serialize + ?Sized>(&mut self, value: &V) -> Result<(), Nested> {
        self.plain(value)
    }

    fn end(self) -> Result<(), Nested> {
        Ok(())
    }
}

/// A struct written straight to cells is not a cell itself.
impl<'a> ser::Serializer for Record<'a> {
    type Ok = ();
    type Error = Nested;
    type SerializeSeq = Impossible<(), Nested>;
    type SerializeTuple = Impossible<(), Nested>;
    type SerializeTupleStruct = Impossible<(), Nested>;
    type SerializeTupleVariant = Impossible<(), Nested>;
    type SerializeMap = Impossible<(), Nested>;
    type SerializeStruct = Record<'a>;
    type SerializeStructVariant = Impossible<(), Nested>;

    refuse_compounds!();

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Record<'a>, Nested> {
        Ok(self)
    }

    refuse!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
        serialize_str: &str, serialize_bytes: &[u8], serialize_unit_struct: &'static str);

    fn serialize_none(self) -> Result<(), Nested> {
        Err(Nested)
    }
    fn serialize_some<V: Serialize + ?Sized>(self, _: &V) -> Result<(), Nested> {
        Err(Nested)
    }
    fn serialize_unit(self) -> Result<(), Nested> {
        Err(Nested)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), Nested> {
        Err(Nested)
    }
    fn serialize_newtype_struct<V: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &V,
    ) -> Result<(), Nested> {
        Err(Nested)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Nested> {
        Err(Nested)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Nested> {
        Err(Nested)
    }
}
