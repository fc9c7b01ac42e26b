//! Where cleaned records go: standard output, a file that appears whole or not at all, or a
//! device, FIFO or open descriptor written where it is; gzip-compressed when its name ends in `.gz`.

use flate2::Compression;
use flate2::write::GzEncoder;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Every temporary file not yet renamed or removed, for [`remove_temporary_files`].
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary file still being written: the run was interrupted.
pub fn remove_temporary_files() {
    let live = LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    for path in live.iter() {
        let _ = fs::remove_file(path);
    }
}

/// Removes the temporary files when the process is told to stop (SIGTERM from `timeout`, systemd
/// or Kubernetes, SIGINT from Ctrl-C, SIGHUP), then stops as the signal would have stopped it.
///
/// SIGXFSZ (a file passing `ulimit -f`) would kill the process before it could clean up: it is
/// caught and otherwise ignored, so the write fails with EFBIG and the run stops as on any other
/// write error.
#[cfg(unix)]
pub fn clean_up_on_signals() {
    use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGTERM, SIGXFSZ};
    let _ = signal_hook::flag::register(SIGXFSZ, std::sync::Arc::default());
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else { return };
    // Without the thread (the system refused one) a signal stops the run as it would anyway.
    let _ = std::thread::Builder::new().name("dechaff-signals".into()).spawn(move || {
        if let Some(signal) = signals.forever().next() {
            remove_temporary_files();
            let _ = signal_hook::low_level::emulate_default_handler(signal);
            std::process::exit(128 + signal);
        }
    });
}

/// Signals are not handled on this platform.
#[cfg(not(unix))]
pub fn clean_up_on_signals() {}

/// A destination for output. A file is written as a temporary file beside it and renamed over it
/// by [`Output::commit`]; dropped without a commit, the temporary file is removed and an existing
/// file is left as it was. A file that exists keeps its permissions, and a symbolic link keeps
/// pointing where it did: the file it points to is the one replaced.
///
/// What exists and is not a regular file (`/dev/null`, a FIFO, a terminal), or names an open
/// descriptor (`/dev/stdout`, `/dev/fd/3`), is opened and written where it is: replacing it would
/// destroy a device node, starve a FIFO's reader, or miss the descriptor altogether.
///
/// A file or device whose name, as the user gave it, ends in `.gz` is written gzip-compressed.
pub enum Output {
    /// Standard output.
    Stdout(BufWriter<io::Stdout>),
    /// A device, FIFO or descriptor, written in place; `shown` is the name the user gave.
    InPlace { writer: BufWriter<Encoder>, shown: PathBuf },
    /// A file being written under a temporary name: `path` is the file replaced (links followed),
    /// `shown` the name the user gave.
    File { writer: BufWriter<Encoder>, temp: TempFile, path: PathBuf, shown: PathBuf },
}

impl Output {
    /// Standard output for `None` or `-`, else a temporary file beside `path`.
    pub fn open(path: Option<&Path>) -> Result<Output, String> {
        let Some(path) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output::Stdout(BufWriter::with_capacity(1 << 20, io::stdout())));
        };
        let name = || path.display();
        if let Ok(metadata) = fs::metadata(path) {
            if metadata.is_dir() {
                return Err(format!("{}: is a directory", name()));
            }
            if !metadata.is_file() || names_descriptor(path) {
                // Appending, so a descriptor's name (`-o /dev/stdout >> log`) writes where the
                // descriptor would; a device or a FIFO has no end to append at.
                let file = OpenOptions::new().append(true).open(path).map_err(|e| format!("{}: {e}", name()))?;
                let writer = BufWriter::with_capacity(1 << 20, Encoder::for_name(path, file));
                return Ok(Output::InPlace { writer, shown: path.to_owned() });
            }
        }
        let target = resolve_links(path);
        let (temp, file) = TempFile::beside(&target)?;
        let writer = BufWriter::with_capacity(1 << 20, Encoder::for_name(path, file));
        Ok(Output::File { writer, temp, path: target, shown: path.to_owned() })
    }

    /// The writer to write records to.
    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(writer) => writer,
            Output::InPlace { writer, .. } => writer,
            Output::File { writer, .. } => writer,
        }
    }

    /// A name for the output in error messages.
    pub fn name(&self) -> String {
        match self {
            Output::Stdout(_) => "standard output".into(),
            Output::InPlace { shown, .. } | Output::File { shown, .. } => shown.display().to_string(),
        }
    }

    /// After a failure: flushes standard output or a file written in place, so every record
    /// before the failure is written; drops a file output, removing its temporary file and
    /// leaving the file as it was.
    pub fn abandon(self) -> io::Result<()> {
        match self {
            Output::Stdout(_) | Output::InPlace { .. } => self.commit(),
            Output::File { .. } => Ok(()),
        }
    }

    /// Flushes the output and ends a gzip stream; a file is synced to disk and renamed into place.
    pub fn commit(self) -> io::Result<()> {
        match self {
            Output::Stdout(mut writer) => writer.flush(),
            Output::InPlace { writer, .. } => writer.into_inner().map_err(|e| e.into_error())?.finish().map(drop),
            Output::File { writer, temp, path, .. } => {
                let file = writer.into_inner().map_err(|e| e.into_error())?.finish()?;
                // What the file it replaces let others do, the new one lets them too.
                if let Ok(old) = fs::metadata(&path) {
                    file.set_permissions(old.permissions())?;
                }
                file.sync_all()?;
                temp.rename(&file, &path)
            }
        }
    }
}

/// The bytes of an output on their way to its file: as written, or gzip-compressed.
pub enum Encoder {
    /// Written as they come.
    Plain(File),
    /// Compressed; each flush (`jsonl` flushes every batch) ends a deflate block, so a reader
    /// of a FIFO or a growing file can decompress every record written so far.
    Gzip(GzEncoder<File>),
}

impl Encoder {
    /// Gzip when `name`, as the user gave it, ends in `.gz`: the name says what the file holds,
    /// also when it is a link to a file named otherwise. The fastest level: level 6 compresses
    /// slower than two cores clean, for a file a tenth smaller.
    fn for_name(name: &Path, file: File) -> Encoder {
        let gzip = name.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("gz"));
        if gzip { Encoder::Gzip(GzEncoder::new(file, Compression::fast())) } else { Encoder::Plain(file) }
    }

    /// Ends the gzip stream, if any, and gives the file back.
    fn finish(self) -> io::Result<File> {
        match self {
            Encoder::Plain(file) => Ok(file),
            Encoder::Gzip(encoder) => encoder.finish(),
        }
    }
}

impl Write for Encoder {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Plain(file) => file.write(bytes),
            Encoder::Gzip(encoder) => encoder.write(bytes),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(file) => file.flush(),
            Encoder::Gzip(encoder) => encoder.flush(),
        }
    }
}

/// Whether `path`, or a link on the way from it, lies in `/proc`: `/dev/stdout` and `/dev/fd/N`
/// lead to `/proc/self/fd/N`, which names an open descriptor, not a file to replace. Replacing
/// the file behind it would drop what the shell appends (`>> log`) and never reach a pipe.
fn names_descriptor(path: &Path) -> bool {
    let in_proc = |path: &Path| {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        dir.canonicalize().is_ok_and(|dir| dir.starts_with("/proc"))
    };
    let mut path = path.to_owned();
    for _ in 0..40 {
        if in_proc(&path) {
            return true;
        }
        let Ok(target) = fs::read_link(&path) else { return false };
        path = match path.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    false
}

/// The file `path` names once symbolic links are followed (a link to a file not yet there
/// included), or `path` itself when it is not a link.
fn resolve_links(path: &Path) -> PathBuf {
    let mut path = path.to_owned();
    // A bound on the chain, as the system has: a loop of links is left for the open to report.
    for _ in 0..40 {
        let Ok(target) = fs::read_link(&path) else { break };
        path = match path.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    path
}

/// A temporary file, removed on drop unless renamed.
///
/// On Linux it has no name while it is written (`O_TMPFILE`): a run that dies in any way, an
/// allocation failure's abort or SIGKILL included, leaves nothing behind. It gets a name only at
/// the rename. Where the file system or the kernel has no unnamed files, or `/proc` is missing
/// (the name is given through `/proc/self/fd`), it is a named file, removed on drop and on
/// SIGTERM, SIGINT and SIGHUP.
pub enum TempFile {
    /// An unnamed file in `dir`, to replace the file `name` there.
    #[cfg(target_os = "linux")]
    Unnamed { dir: PathBuf, name: std::ffi::OsString },
    /// A named file, until it is renamed or removed.
    Named(Option<PathBuf>),
}

impl TempFile {
    /// Creates a temporary file in the directory of `path`, so the rename stays on one file
    /// system and is atomic.
    fn beside(path: &Path) -> Result<(TempFile, File), String> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().ok_or_else(|| format!("{}: not a file name", path.display()))?;
        #[cfg(target_os = "linux")]
        if let Some(file) = unnamed_in(dir) {
            return Ok((TempFile::Unnamed { dir: dir.to_owned(), name: name.to_owned() }, file));
        }
        let mut last_error = None;
        for n in 0..100 {
            let temp = temporary_name(dir, name, n);
            // Listed before it exists, so an interruption never leaves it behind.
            LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(temp.clone());
            match OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => return Ok((TempFile::Named(Some(temp)), file)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    // Someone else's file: never ours to remove.
                    forget(&temp);
                    last_error = Some(e);
                }
                // The temporary name is ours, not the user's: the error names the output.
                Err(e) => {
                    forget(&temp);
                    return Err(format!("{}: {e}", path.display()));
                }
            }
        }
        Err(format!("{}: {}", path.display(), last_error.expect("tried at least once")))
    }

    /// Renames the temporary file, open as `file`, to `to`; an unnamed file is given a
    /// temporary name first.
    fn rename(mut self, file: &File, to: &Path) -> io::Result<()> {
        let from = match &mut self {
            #[cfg(target_os = "linux")]
            TempFile::Unnamed { dir, name } => link_unnamed(file, dir, name)?,
            TempFile::Named(from) => from.take().expect("renamed once"),
        };
        #[cfg(not(target_os = "linux"))]
        let _ = file;
        // Between the link and the rename nothing allocates (std names a path under 384 bytes on
        // the stack), so an allocation failure cannot strike there.
        let renamed = fs::rename(&from, to).inspect_err(|_| {
            let _ = fs::remove_file(&from);
        });
        forget(&from);
        renamed
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        // An unnamed file vanishes when it is closed.
        if let TempFile::Named(Some(path)) = self {
            let _ = fs::remove_file(&*path);
            forget(path);
        }
    }
}

/// `.NAME.PID.N.dechaff-tmp` in `dir`.
fn temporary_name(dir: &Path, name: &std::ffi::OsStr, n: u32) -> PathBuf {
    dir.join(format!(".{}.{}.{n}.dechaff-tmp", name.to_string_lossy(), std::process::id()))
}

/// An unnamed file in `dir` (`O_TMPFILE`), or `None` when the file system or the kernel has none
/// or `/proc`, through which it gets its name, is missing. Any error falls back to a named file,
/// whose creation reports it if it is not about unnamed files.
#[cfg(target_os = "linux")]
fn unnamed_in(dir: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Without O_EXCL, so that it can be given a name.
    let file = OpenOptions::new().write(true).custom_flags(libc::O_TMPFILE).open(dir).ok()?;
    fs::symlink_metadata(descriptor_path(&file)).ok()?;
    Some(file)
}

/// `/proc/self/fd/N` for `file`.
#[cfg(target_os = "linux")]
fn descriptor_path(file: &File) -> PathBuf {
    use std::os::fd::AsRawFd;
    PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()))
}

/// Gives the unnamed `file` a temporary name beside `name` in `dir`, listed for the signal
/// handler until it is renamed.
#[cfg(target_os = "linux")]
fn link_unnamed(file: &File, dir: &Path, name: &std::ffi::OsStr) -> io::Result<PathBuf> {
    use std::ffi::CString;
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let from = CString::new(descriptor_path(file).into_os_string().into_vec())?;
    let mut last_error = None;
    for n in 0..100 {
        let temp = temporary_name(dir, name, n);
        let to = CString::new(temp.as_os_str().as_bytes())?;
        LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(temp.clone());
        // SAFETY: `from` and `to` are NUL-terminated strings alive for the whole call, which
        // only reads them; AT_FDCWD is a valid directory argument. linkat touches no memory of
        // ours otherwise.
        let linked = unsafe {
            libc::linkat(libc::AT_FDCWD, from.as_ptr(), libc::AT_FDCWD, to.as_ptr(), libc::AT_SYMLINK_FOLLOW)
        };
        if linked == 0 {
            return Ok(temp);
        }
        let e = io::Error::last_os_error();
        forget(&temp);
        if e.kind() != io::ErrorKind::AlreadyExists {
            return Err(e);
        }
        last_error = Some(e);
    }
    Err(last_error.expect("tried at least once"))
}

/// Takes `path` off the list of temporary files to remove on a signal.
fn forget(path: &Path) {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).retain(|p| p != path);
}
