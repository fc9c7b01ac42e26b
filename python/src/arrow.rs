//! `Cleaner.clean_arrow`: strings in and a struct array out through the Arrow C data interface
//! (the PyCapsule protocol, `__arrow_c_array__`), so pyarrow, Polars, Spark's `mapInArrow` and Ray
//! Data hand over their buffers without a copy.

use crate::Outcome;
use arrow_array::builder::{GenericStringBuilder, Int32Builder, ListBuilder, MapBuilder};
use arrow_array::cast::AsArray;
use arrow_array::ffi::{FFI_ArrowArray, FFI_ArrowSchema, from_ffi, to_ffi};
use arrow_array::{Array, ArrayRef, OffsetSizeTrait, StructArray, make_array};
use arrow_data::ArrayData;
use arrow_schema::{DataType, Field, Fields};
use pyo3::exceptions::{PyImportError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyCapsuleMethods, PyList};
use std::sync::{Arc, Mutex};

/// Cleans pages in order, `None` for a null; an error (Ctrl-C) stops it.
pub type CleanAll<'a> = dyn Fn(&[Option<&str>]) -> PyResult<Vec<Option<Outcome>>> + Sync + 'a;

const SCHEMA: &std::ffi::CStr = c"arrow_schema";
const ARRAY: &std::ffi::CStr = c"arrow_array";

/// The most bytes a `string` column (32-bit offsets) holds; past it the output is `large_string`.
const STRING_BYTES: usize = i32::MAX as usize;

/// Cleans `array` with `clean_all` (which keeps the order) and returns a pyarrow array: a
/// `StructArray`, or a `ChunkedArray` of them for a chunked input. Its string columns are
/// `large_string` when the input is, or when one of them would pass 2 GiB; else `string`.
pub fn clean<'py>(py: Python<'py>, array: &Bound<'py, PyAny>, clean_all: &CleanAll<'_>) -> PyResult<Bound<'py, PyAny>> {
    let pyarrow = py.import("pyarrow").map_err(|e| {
        if !e.is_instance_of::<PyImportError>(py) {
            return e;
        }
        let missing = PyImportError::new_err("clean_arrow needs pyarrow: pip install \"dechaff[arrow]\"");
        missing.set_cause(py, Some(e));
        missing
    })?;
    // A chunked array (a table's column) is cleaned whole, its chunks kept.
    let chunked = !array.hasattr("__arrow_c_array__")? && array.hasattr("chunks")?;
    let inputs: Vec<ArrayData> = if chunked {
        array.getattr("chunks")?.try_iter()?.map(|chunk| import(&chunk?)).collect::<PyResult<_>>()?
    } else if array.hasattr("__arrow_c_array__")? {
        vec![import(array)?]
    } else {
        vec![import(&pyarrow.call_method1("array", (array,))?)?]
    };
    let large_input = match inputs.first() {
        Some(input) => input.data_type() == &DataType::LargeUtf8,
        None => array.getattr("type")?.eq(pyarrow.call_method0("large_string")?)?,
    };
    let (outputs, large) = py.detach(|| clean_arrays(&inputs, large_input, clean_all))?;
    let outputs = outputs.into_iter().map(|output| export(py, &pyarrow, output)).collect::<PyResult<Vec<_>>>()?;
    if !chunked {
        return outputs.into_iter().next().ok_or_else(|| PyValueError::new_err("no output array"));
    }
    let empty = if large { build::<i64>(&[]) } else { build::<i32>(&[]) };
    let kind = export(py, &pyarrow, empty.map_err(PyValueError::new_err)?)?.getattr("type")?;
    pyarrow.call_method1("chunked_array", (PyList::new(py, outputs)?, kind))
}

/// Cleans the strings of every array into one output array each; all are `large_string` or none
/// (a chunked array's chunks have one type), which the second value says.
fn clean_arrays(
    inputs: &[ArrayData],
    large_input: bool,
    clean_all: &CleanAll<'_>,
) -> PyResult<(Vec<StructArray>, bool)> {
    let bytes: Vec<ArrayRef> = inputs.iter().map(as_bytes).collect::<PyResult<_>>()?;
    let mut pages = Vec::new();
    for array in &bytes {
        strings(array, pages.len(), &mut pages)?;
    }
    let outcomes = clean_all(&pages)?;
    let large = large_input || past_string_bytes(&outcomes);
    let mut outputs = Vec::with_capacity(bytes.len());
    let mut rest = outcomes.as_slice();
    for array in &bytes {
        let (these, after) = rest.split_at(array.len().min(rest.len()));
        rest = after;
        let output = if large { build::<i64>(these) } else { build::<i32>(these) };
        outputs.push(output.map_err(PyValueError::new_err)?);
    }
    Ok((outputs, large))
}

/// Takes the array out of the producer's `__arrow_c_array__` capsules, with the producer's
/// release callback. Nothing in it is trusted yet: see `as_bytes`.
fn import(array: &Bound<'_, PyAny>) -> PyResult<ArrayData> {
    let (schema, array) =
        array.call_method0("__arrow_c_array__")?.extract::<(Bound<'_, PyCapsule>, Bound<'_, PyCapsule>)>()?;
    let schema = schema.pointer_checked(Some(SCHEMA))?.cast::<FFI_ArrowSchema>();
    let array = array.pointer_checked(Some(ARRAY))?.cast::<FFI_ArrowArray>();
    // SAFETY: the capsules are named by the Arrow PyCapsule protocol, so they hold an
    // `ArrowSchema` and an `ArrowArray`, which `FFI_ArrowSchema` and `FFI_ArrowArray` lay out
    // (`repr(C)`). The array is moved out and an empty one (no release callback) left behind, as
    // the protocol says a consumer does; the schema is only borrowed while the capsule lives.
    // `from_ffi` checks nothing of the buffers' contents: `as_bytes` does, before any is read.
    unsafe {
        let array = std::ptr::replace(array.as_ptr(), FFI_ArrowArray::empty());
        from_ffi(array, schema.as_ref())
    }
    .map_err(|e| PyValueError::new_err(format!("not a valid Arrow array: {e}")))
}

/// A string array's buffers as the matching binary array, its offsets (or views) checked to lie
/// inside its buffers. Its values are not taken for UTF-8 yet: `strings` checks each.
fn as_bytes(input: &ArrayData) -> PyResult<ArrayRef> {
    let binary = match input.data_type() {
        DataType::Utf8 => DataType::Binary,
        DataType::LargeUtf8 => DataType::LargeBinary,
        DataType::Utf8View => DataType::BinaryView,
        other => {
            return Err(PyTypeError::new_err(format!(
                "clean_arrow takes strings (string, large_string, string_view), not {other}"
            )));
        }
    };
    let data = input.clone().into_builder().data_type(binary).build();
    data.map(make_array).map_err(|e| PyValueError::new_err(format!("not a valid Arrow string array: {e}")))
}

/// Appends every value of a binary array from `as_bytes` to `pages` as a string; a value that is
/// not UTF-8 is a `ValueError` naming its row (the first of `array` is row `first_row`).
fn strings<'a>(array: &'a ArrayRef, first_row: usize, pages: &mut Vec<Option<&'a str>>) -> PyResult<()> {
    let values: Box<dyn Iterator<Item = Option<&[u8]>>> = match array.data_type() {
        DataType::Binary => Box::new(array.as_binary::<i32>().iter()),
        DataType::LargeBinary => Box::new(array.as_binary::<i64>().iter()),
        DataType::BinaryView => Box::new(array.as_binary_view().iter()),
        other => return Err(PyTypeError::new_err(format!("not a binary array: {other}"))),
    };
    pages.reserve(array.len());
    for (row, value) in values.enumerate() {
        let page = value.map(std::str::from_utf8).transpose().map_err(|e| {
            PyValueError::new_err(format!("row {}: the string is not valid UTF-8 ({e})", first_row + row))
        })?;
        pages.push(page);
    }
    Ok(())
}

/// A string field's value for a cleaned page.
type StringValue = fn(&Outcome) -> Option<&str>;

/// The output's string fields, in order, each with its value for a cleaned page; `authors` (a list,
/// after `byline`) and `removed` (a map, last) are built apart.
const STRING_FIELDS: [(&str, StringValue); 8] = [
    ("text", |o| Some(o.text.as_str())),
    ("title", |o| o.title.as_deref()),
    ("byline", |o| o.byline.as_deref()),
    ("date", |o| o.date.as_deref()),
    ("published", |o| o.published.as_deref()),
    ("updated", |o| o.updated.as_deref()),
    ("language", |o| o.language),
    ("page_type", |o| o.page_type),
];

/// Whether a string column of the output would hold more than a `string` array can: the byte
/// sum of the largest one (text, most often) past `STRING_BYTES`.
fn past_string_bytes(outcomes: &[Option<Outcome>]) -> bool {
    let sum = |size: &dyn Fn(&Outcome) -> usize| outcomes.iter().flatten().map(size).fold(0, usize::saturating_add);
    let authors = sum(&|o| o.authors.iter().map(String::len).sum());
    let removed = sum(&|o| o.verdicts.removed().keys().map(|k| k.len()).sum());
    let mut strings = STRING_FIELDS.iter().map(|(_, value)| sum(&|o| value(o).map_or(0, str::len)));
    authors > STRING_BYTES || removed > STRING_BYTES || strings.any(|bytes| bytes > STRING_BYTES)
}

/// The output struct array of `outcomes`, its strings with offsets of `O` (`i32` for `string`,
/// `i64` for `large_string`). A page not cleaned (a null text) is a row of its own, as every
/// front end gives it: the text and metadata null, no authors, nothing removed.
fn build<O: OffsetSizeTrait>(outcomes: &[Option<Outcome>]) -> Result<StructArray, String> {
    let string = GenericStringBuilder::<O>::new;
    let mut strings: Vec<GenericStringBuilder<O>> = STRING_FIELDS.iter().map(|_| string()).collect();
    let mut authors = ListBuilder::new(string());
    let mut removed = MapBuilder::new(None, string(), Int32Builder::new());
    for outcome in outcomes {
        for (builder, (_, value)) in strings.iter_mut().zip(STRING_FIELDS) {
            builder.append_option(outcome.as_ref().and_then(value));
        }
        if let Some(o) = outcome {
            for name in &o.authors {
                authors.values().append_value(name);
            }
            for (reason, count) in o.verdicts.removed() {
                removed.keys().append_value(reason);
                removed.values().append_value(i32::try_from(count).unwrap_or(i32::MAX));
            }
        }
        authors.append(true);
        removed.append(true).map_err(|e| e.to_string())?;
    }
    let mut columns: Vec<(&str, ArrayRef)> =
        STRING_FIELDS.iter().zip(strings).map(|((name, _), mut b)| (*name, Arc::new(b.finish()) as ArrayRef)).collect();
    // The order every front end gives: `authors` after `byline`, `removed` last.
    columns.insert(3, ("authors", Arc::new(authors.finish())));
    columns.push(("removed", Arc::new(removed.finish())));
    let fields: Fields = columns.iter().map(|(name, a)| Field::new(*name, a.data_type().clone(), true)).collect();
    let arrays = columns.into_iter().map(|(_, a)| a).collect();
    StructArray::try_new(fields, arrays, None).map_err(|e| e.to_string())
}

/// Hands `output` to pyarrow through the C data interface, without a copy.
fn export<'py>(py: Python<'py>, pyarrow: &Bound<'py, PyModule>, output: StructArray) -> PyResult<Bound<'py, PyAny>> {
    let (array, schema) = to_ffi(&output.into_data()).map_err(|e| PyValueError::new_err(e.to_string()))?;
    let holder = ArrowArray { capsules: Mutex::new(Some((schema, array))) };
    pyarrow.call_method1("array", (Bound::new(py, holder)?,))
}

/// A result array on its way to pyarrow: `pyarrow.array(holder)` takes it through
/// `__arrow_c_array__`, once. Not in the module: nobody else sees one.
#[pyclass(module = "dechaff._dechaff")]
pub struct ArrowArray {
    capsules: Mutex<Option<(FFI_ArrowSchema, FFI_ArrowArray)>>,
}

#[pymethods]
impl ArrowArray {
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<(Bound<'py, PyCapsule>, Bound<'py, PyCapsule>)> {
        let _ = requested_schema;
        let taken = self.capsules.lock().map_err(|_| PyValueError::new_err("array poisoned"))?.take();
        let (schema, array) = taken.ok_or_else(|| PyValueError::new_err("this array was already exported"))?;
        Ok((PyCapsule::new_with_value(py, schema, SCHEMA)?, PyCapsule::new_with_value(py, array, ARRAY)?))
    }
}
