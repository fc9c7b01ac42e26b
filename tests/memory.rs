//! Peak heap memory of cleaning, counted by a global allocator: what a page costs depends on its
//! size, not on how many lines it is cut into. Allocation sizes are deterministic, so this is a
//! measurement that cannot flake, unlike a timed test.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes live now and the most live since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; only counters are updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let at = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
        PEAK.fetch_max(at, Ordering::SeqCst);
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as the new block allocated before the old is freed: the worst case.
        let at = LIVE.fetch_add(new_size, Ordering::SeqCst) + new_size;
        PEAK.fetch_max(at, Ordering::SeqCst);
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: the caller's contract is `System`'s.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One test at a time: the counters are global, and a page being built in another test while
/// this one measures would count as this one's.
static SERIAL: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Peak heap bytes allocated while cleaning `page` (the page itself excluded), with the text
/// made.
fn peak_of_cleaning(page: &str) -> usize {
    // The rule tables and the regex engines' caches are built once per process and thread, by
    // whichever page comes first: a page of the same shape builds them before the count starts.
    let mut warm_up = page.len().min(100_000);
    while !page.is_char_boundary(warm_up) {
        warm_up -= 1;
    }
    drop(dechaff::clean(&page[..warm_up]).text());
    let before = LIVE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let cleaned = dechaff::clean(page);
    let text = cleaned.text();
    drop((text, cleaned));
    let peak = PEAK.load(Ordering::SeqCst) - before;
    eprintln!(
        "{} bytes in {} lines: peak {peak} bytes, {:.1} times",
        page.len(),
        page.lines().count(),
        peak as f64 / page.len() as f64
    );
    peak
}

/// The worst shape: a one-letter line and a blank line, over and over. 10 MB of it may
/// take at most 400 MB; here 3 MB at most 120 MB (it took 186 times its size before). Measured on
/// 3 MB, not 1: the pipeline's working set for one part of a long page (up to 20,000 lines, about
/// 32 MB) is a constant, which a small page shows as a large multiple.
#[test]
fn short_lines_cost_a_bounded_multiple_of_the_page() {
    let _one = one_at_a_time();
    let page = "a\n\n".repeat(3_000_000 / 3);
    let peak = peak_of_cleaning(&page);
    assert!(peak <= 40 * page.len(), "peak {peak} bytes for {} bytes", page.len());
}

/// One-word lines without blank lines between them, and a page of real-looking paragraphs: both
/// under the README's ceiling of 50 times the page plus 64 MB.
#[test]
fn every_shape_stays_under_the_documented_ceiling() {
    let _one = one_at_a_time();
    let sentence = "The ferry will keep running through the winter, the council said after a long debate.";
    let pages = [
        "a\n".repeat(300_000),
        "council\n".repeat(100_000),
        format!("{sentence} {sentence}\n\n").repeat(5_000),
        "| 12 | Team Name | 3 | 1 |\n".repeat(20_000),
    ];
    for page in &pages {
        let peak = peak_of_cleaning(page);
        assert!(peak <= 50 * page.len() + (64 << 20), "peak {peak} bytes for {} bytes", page.len());
    }
}
