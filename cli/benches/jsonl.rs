//! Throughput of `dechaff jsonl` as a pipeline runs it: the release binary on a shard of 50 MB of
//! JSON Lines, on one thread and on all cores, in bytes of input per second. Process start and
//! rule compilation are included, as a pipeline pays them once per shard.
//!
//! Run with `cargo bench --bench jsonl`. Each iteration cleans the whole shard, so the samples are
//! few and the run takes a few minutes.

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// The shard is at least this large.
const SHARD_BYTES: usize = 50_000_000;

/// Every `corpus/NAME.txt` as (NAME, text), sorted by name.
fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let mut docs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?.strip_suffix(".txt")?.to_owned();
            Some((name, std::fs::read_to_string(&path).expect("corpus document is UTF-8")))
        })
        .collect();
    docs.sort();
    docs
}

/// A temporary directory holding the shard, removed on drop.
struct Shard {
    dir: PathBuf,
    path: PathBuf,
    bytes: u64,
}

impl Shard {
    /// Writes records like a crawl's: an id, a URL, a fetch date, nested metadata and the page's
    /// text, cycling through the corpus pages in several languages.
    fn write() -> Shard {
        let dir = std::env::temp_dir().join(format!("dechaff-bench-jsonl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("shard.jsonl");
        let mut out = BufWriter::new(std::fs::File::create(&path).expect("shard file"));
        let docs = corpus();
        let texts: Vec<String> = docs.iter().map(|(_, text)| serde_json::to_string(text).unwrap()).collect();
        let (mut written, mut id) = (0, 0u64);
        while written < SHARD_BYTES {
            let (name, text) = (&docs[id as usize % docs.len()].0, &texts[id as usize % docs.len()]);
            let line = format!(
                "{{\"id\":{id},\"url\":\"https://news.example/{name}/{id}\",\"fetched\":\"2025-03-{:02}T08:00:00Z\",\
                 \"meta\":{{\"lang\":\"{}\",\"score\":0.{:03}}},\"text\":{text}}}\n",
                1 + id % 28,
                &name[..2],
                id % 1000,
            );
            out.write_all(line.as_bytes()).expect("shard written");
            written += line.len();
            id += 1;
        }
        out.flush().expect("shard written");
        Shard { dir, path, bytes: written as u64 }
    }
}

impl Drop for Shard {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn run_dechaff(shard: &Path, threads: Option<usize>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dechaff"));
    command.args(["jsonl", "--quiet"]);
    if let Some(n) = threads {
        command.args(["--threads", &n.to_string()]);
    }
    let status = command
        .arg(shard)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .status()
        .expect("dechaff runs");
    assert!(status.success(), "dechaff jsonl failed: {status}");
}

fn bench_jsonl(c: &mut Criterion) {
    let shard = Shard::write();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut group = c.benchmark_group("jsonl");
    group.throughput(Throughput::Bytes(shard.bytes)).sample_size(10).sampling_mode(SamplingMode::Flat);
    group.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(60));
    group.bench_function(BenchmarkId::new("threads", 1), |b| b.iter(|| run_dechaff(&shard.path, Some(1))));
    group.bench_function(BenchmarkId::new("threads", format!("all-{cores}")), |b| {
        b.iter(|| run_dechaff(&shard.path, None))
    });
    group.finish();
}

criterion_group!(benches, bench_jsonl);
criterion_main!(benches);
