//! Cleans many pages on all cores with one shared `Cleaner`: it is `Send + Sync`, built once, and
//! cleaning borrows it immutably, so threads need no lock and no copy of it.
//!
//! `cargo run --release --example threads -- [FILE]...` (the sample page 10,000 times when no
//! file is given).

use dechaff::Cleaner;
use std::error::Error;
use std::time::Instant;

fn main() -> Result<(), Box<dyn Error>> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let pages: Vec<String> = if files.is_empty() {
        vec![include_str!("page.txt").to_owned(); 10_000]
    } else {
        files.iter().map(|f| std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))).collect::<Result<_, _>>()?
    };
    let cleaner = Cleaner::builder().keep_title(true).build()?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let started = Instant::now();
    // Each thread takes a contiguous share of the pages; results come back in input order.
    let share = pages.len().div_ceil(threads).max(1);
    let kept: Vec<usize> = std::thread::scope(|scope| {
        let workers: Vec<_> = pages
            .chunks(share)
            .map(|chunk| {
                let cleaner = &cleaner;
                scope.spawn(move || chunk.iter().map(|page| cleaner.clean(page).text().len()).collect::<Vec<_>>())
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("cleaning never panics")).collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let bytes: usize = pages.iter().map(String::len).sum();
    println!(
        "{} pages on {threads} threads: {:.1} MB in, {:.1} MB kept, {:.2} s, {:.1} MB/s",
        pages.len(),
        bytes as f64 / 1e6,
        kept.iter().sum::<usize>() as f64 / 1e6,
        seconds,
        bytes as f64 / 1e6 / seconds
    );
    Ok(())
}
