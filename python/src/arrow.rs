//! `Cleaner.clean_arrow`: strings in and a struct array out through the Arrow C data interface
//! (the PyCapsule protocol, `__arrow_c_array__`), so pyarrow, Polars, Spark's `mapInArrow` and Ray
//! Data hand over their buffers without a copy.

use crate::Outcome;
use arrow_array::builder::{Int32Builder, ListBuilder, MapBuilder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::ffi::{FFI_ArrowArray, FFI_ArrowSchema, from_ffi, to_ffi};
use arrow_array::{Array, ArrayRef, StructArray, make_array};
use arrow_schema::{DataType, Field, Fields};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyCapsuleMethods, PyList};
use std::sync::{Arc, Mutex};

/// Cleans pages in order, `None` for a null.
pub type CleanAll<'a> = dyn Fn(&[Option<&str>]) -> Vec<Option<Outcome>> + Sync + 'a;

const SCHEMA: &std::ffi::CStr = c"arrow_schema";
const ARRAY: &std::ffi::CStr = c"arrow_array";

/// Cleans `array` with `clean_all` (which keeps the order) and returns a pyarrow array: a
/// `StructArray`, or a `ChunkedArray` of them for a chunked input.
pub fn clean<'py>(py: Python<'py>, array: &Bound<'py, PyAny>, clean_all: &CleanAll<'_>) -> PyResult<Bound<'py, PyAny>> {
    let pyarrow = py.import("pyarrow")?;
    if !array.hasattr("__arrow_c_array__")? && array.hasattr("chunks")? {
        // A chunked array (a table's column): chunk by chunk, chunks kept.
        let chunks = PyList::empty(py);
        for chunk in array.getattr("chunks")?.try_iter()? {
            chunks.append(clean(py, &chunk?, clean_all)?)?;
        }
        let kind = clean(
            py,
            &pyarrow.call_method1("array", (PyList::empty(py), pyarrow.call_method0("string")?))?,
            clean_all,
        )?
        .getattr("type")?;
        return pyarrow.call_method1("chunked_array", (chunks, kind));
    }
    let array =
        if array.hasattr("__arrow_c_array__")? { array.clone() } else { pyarrow.call_method1("array", (array,))? };
    let (schema, data) =
        array.call_method0("__arrow_c_array__")?.extract::<(Bound<'_, PyCapsule>, Bound<'_, PyCapsule>)>()?;
    let input = import(&schema, &data)?;
    let output = py.detach(|| clean_strings(&input, clean_all)).map_err(PyTypeError::new_err)?;
    let (array, schema) = to_ffi(&output.into_data()).map_err(|e| PyValueError::new_err(e.to_string()))?;
    let holder = ArrowArray { capsules: Mutex::new(Some((schema, array))) };
    pyarrow.call_method1("array", (Bound::new(py, holder)?,))
}

/// Takes the array out of the producer's capsules; the producer's release callback comes with it.
fn import(schema: &Bound<'_, PyCapsule>, array: &Bound<'_, PyCapsule>) -> PyResult<ArrayRef> {
    let schema = schema.pointer_checked(Some(SCHEMA))?.cast::<FFI_ArrowSchema>();
    let array = array.pointer_checked(Some(ARRAY))?.cast::<FFI_ArrowArray>();
    // SAFETY: the capsules are named by the Arrow PyCapsule protocol, so they hold an
    // `ArrowSchema` and an `ArrowArray`, which `FFI_ArrowSchema` and `FFI_ArrowArray` lay out
    // (`repr(C)`). The array is moved out and an empty one (no release callback) left behind, as
    // the protocol says a consumer does; the schema is only borrowed while the capsule lives.
    let data = unsafe {
        let array = std::ptr::replace(array.as_ptr(), FFI_ArrowArray::empty());
        from_ffi(array, schema.as_ref())
    };
    data.map(make_array).map_err(|e| PyValueError::new_err(format!("not a valid Arrow array: {e}")))
}

/// The strings of `input` cleaned into the output struct array.
fn clean_strings(input: &ArrayRef, clean_all: &CleanAll<'_>) -> Result<StructArray, String> {
    let pages: Vec<Option<&str>> = match input.data_type() {
        DataType::Utf8 => input.as_string::<i32>().iter().collect(),
        DataType::LargeUtf8 => input.as_string::<i64>().iter().collect(),
        DataType::Utf8View => input.as_string_view().iter().collect(),
        other => return Err(format!("clean_arrow takes strings (string, large_string, string_view), not {other}")),
    };
    let outcomes = clean_all(&pages);
    let mut text = StringBuilder::new();
    let mut title = StringBuilder::new();
    let mut byline = StringBuilder::new();
    let mut authors = ListBuilder::new(StringBuilder::new());
    let mut date = StringBuilder::new();
    let mut published = StringBuilder::new();
    let mut updated = StringBuilder::new();
    let mut language = StringBuilder::new();
    let mut removed = MapBuilder::new(None, StringBuilder::new(), Int32Builder::new());
    for outcome in &outcomes {
        let Some(o) = outcome else {
            for b in [&mut text, &mut title, &mut byline, &mut date, &mut published, &mut updated, &mut language] {
                b.append_null();
            }
            authors.append_null();
            removed.append(false).map_err(|e| e.to_string())?;
            continue;
        };
        text.append_value(&o.text);
        title.append_option(o.title.as_deref());
        byline.append_option(o.byline.as_deref());
        for name in &o.authors {
            authors.values().append_value(name);
        }
        authors.append(true);
        date.append_option(o.date.as_deref());
        published.append_option(o.published.as_deref());
        updated.append_option(o.updated.as_deref());
        language.append_option(o.language);
        for (reason, count) in o.removed() {
            removed.keys().append_value(reason);
            removed.values().append_value(i32::try_from(count).unwrap_or(i32::MAX));
        }
        removed.append(true).map_err(|e| e.to_string())?;
    }
    let columns: Vec<(&str, ArrayRef)> = vec![
        ("text", Arc::new(text.finish())),
        ("title", Arc::new(title.finish())),
        ("byline", Arc::new(byline.finish())),
        ("authors", Arc::new(authors.finish())),
        ("date", Arc::new(date.finish())),
        ("published", Arc::new(published.finish())),
        ("updated", Arc::new(updated.finish())),
        ("language", Arc::new(language.finish())),
        ("removed", Arc::new(removed.finish())),
    ];
    let fields: Fields = columns.iter().map(|(name, a)| Field::new(*name, a.data_type().clone(), true)).collect();
    let arrays = columns.into_iter().map(|(_, a)| a).collect();
    StructArray::try_new(fields, arrays, input.logical_nulls()).map_err(|e| e.to_string())
}

/// A result array on its way to pyarrow: `pyarrow.array(holder)` takes it through
/// `__arrow_c_array__`, once.
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
