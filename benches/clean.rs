//! Throughput of dechaff in bytes per second: per corpus document, on the three documents shaped like
//! the sample pages, on one page repeated 1x, 10x and 100x (how cost grows with input size), and
//! per stage of the pipeline (where a regression is).
//!
//! Run with `cargo bench`; `cargo bench -- growth` runs one group.

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use dechaff::{BlockStats, Cleaner, Document, Language};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// Every `corpus/NAME.txt` as (NAME, text), sorted by name.
fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut docs: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?.strip_suffix(".txt")?.to_owned();
            Some((name, std::fs::read_to_string(&path).expect("corpus document is UTF-8")))
        })
        .collect();
    docs.sort();
    assert!(!docs.is_empty(), "no documents in {}", dir.display());
    docs
}

/// An article page as scraped: skip link and menu, title, byline and date, ten body paragraphs
/// with two photo captions, a newsletter prompt, a list of other headlines and a footer.
fn article_page() -> String {
    let mut page = String::from(
        "Skip to main content\n\
         Home | News | Sport | Business | Culture | Opinion | Contact\n\
         Home > News > Local\n\n\
         Harbour ferry to run through the winter for the first time\n\
         By Jane Doe\n\
         Tuesday, 4 February 2025\n\n",
    );
    let paragraphs = [
        "The harbour ferry will keep running through the winter for the first time, the council decided on \
         Monday after a long debate about costs and safety on the crossing.",
        "Councillors said the service had carried more passengers this year than in any year since it began, \
         and that islanders had been left without a reliable link to the mainland for too long.",
        "Under the plan, the vessel will make three return crossings a week between November and March, on \
         Tuesdays, Thursdays and Saturdays, weather permitting.",
        "The summer timetable of four daily crossings is unchanged, and fares will stay at their current \
         level, with free travel for residents over sixty-five.",
        "Photo: The ferry leaving the harbour on a calm morning in January. (Jane Doe / Example Media)",
        "The service was cut two years ago after the previous operator handed back its contract early, \
         citing the price of fuel and a shortage of qualified crew.",
        "\u{201C}We have people in their eighties who have missed hospital appointments because nobody could \
         take them across,\u{201D} said the councillor who proposed the motion.",
        "The restored service is expected to cost about two hundred thousand pounds a year, roughly half of \
         which will be covered by a regional transport grant confirmed last month.",
        "The rest will come from the harbour reserve fund, which councillors agreed to draw down over three \
         years while a permanent arrangement is negotiated with the regional authority.",
        "Pictured: Islanders waiting at the quay. Photograph: Example Media",
        "The harbour master said the vessel would need a refit to its passenger cabin before November and \
         that the council was advertising for two additional deckhands.",
        "A public meeting to discuss the timetable will be held at the island hall next month, and residents \
         who cannot attend can send their comments to the council by post.",
    ];
    for paragraph in paragraphs {
        page.push_str(paragraph);
        page.push_str("\n\n");
    }
    page.push_str(
        "Sign up for our daily newsletter\n\
         Share this article: Facebook | X | WhatsApp | Email\n\n\
         More from Local News\n\
         Lifeboat crew called out twice in one night\n\
         Planning inquiry into housing scheme adjourned until April\n\
         Harbour caf\u{E9} owners celebrate 30 years on the quay\n\
         Road closure extended for drainage repairs\n\n\
         About us | Contact | Advertise | Privacy policy | Cookie settings\n\
         \u{A9} 2025 Example Media. All rights reserved.\n",
    );
    page
}

/// `page` repeated `times` times, separated by blank lines.
fn repeated(page: &str, times: usize) -> String {
    vec![page; times].join("\n\n")
}

/// The whole pipeline on every corpus document.
fn corpus_documents(c: &mut Criterion) {
    let mut group = c.benchmark_group("corpus");
    for (name, text) in corpus() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&name), text.as_str(), |b, text| {
            b.iter(|| dechaff::clean(black_box(text)))
        });
    }
    group.finish();
}

/// The corpus documents shaped like the three sample pages the project started from: a local news
/// story followed by a list of other local headlines, a wire story wrapped in every kind of chrome,
/// and a story carrying promo codes and deal copy.
const SAMPLE_LIKE: [&str; 3] = ["en-kessick-ferry-winter-service", "en-tech-layoffs-halvorsen", "en-promo-code-leaks"];

/// The whole pipeline on the sample-like documents, each ten times over (a page of 20-30 KB, the
/// size of a modern article page), so per-page fixed costs do not hide the per-byte cost.
fn sample_like(c: &mut Criterion) {
    let docs = corpus();
    let mut group = c.benchmark_group("samples");
    for name in SAMPLE_LIKE {
        let (_, text) = docs.iter().find(|(n, _)| n == name).expect("sample-like document in the corpus");
        for times in [1, 10] {
            let text = repeated(text, times);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{times}x")), text.as_str(), |b, text| {
                b.iter(|| dechaff::clean(black_box(text)))
            });
        }
    }
    group.finish();
}

/// The whole pipeline on the same page 1x, 10x and 100x: flat MB/s means linear cost.
fn growth(c: &mut Criterion) {
    let page = article_page();
    let mut group = c.benchmark_group("growth");
    // Flat sampling: the same iteration count in every sample, so 100x stays within seconds.
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    for times in [1, 10, 100] {
        let text = repeated(&page, times);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(format!("{times}x")), text.as_str(), |b, text| {
            b.iter(|| dechaff::clean(black_box(text)))
        });
    }
    group.finish();
}

/// The pipeline's stages on the page 10x, each including the ones before it. The rules and the
/// heuristics are not public on their own; `clean/rules-only` (heuristics off) and
/// `clean/english` (no language detection) bound their cost from the whole.
fn stages(c: &mut Criterion) {
    let text = repeated(&article_page(), 10);
    let rules_only = Cleaner::builder().heuristics(false).build().expect("valid configuration");
    let english = Cleaner::builder().language(Language::English).build().expect("valid configuration");
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("segment", |b| b.iter(|| Document::new(black_box(&text))));
    group.bench_function("segment+stats", |b| {
        b.iter(|| {
            let doc = Document::new(black_box(&text));
            doc.blocks()
                .iter()
                .map(|block| BlockStats::compute(doc.slice(block), Language::English))
                .collect::<Vec<_>>()
        })
    });
    group.bench_function("clean/rules-only", |b| b.iter(|| rules_only.clean(black_box(&text))));
    group.bench_function("clean/english", |b| b.iter(|| english.clean(black_box(&text))));
    group.bench_function("clean", |b| b.iter(|| dechaff::clean(black_box(&text))));
    group.bench_function("clean+text", |b| b.iter(|| dechaff::clean(black_box(&text)).text()));
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20)
}

criterion_group! {
    name = benches;
    config = config();
    targets = corpus_documents, sample_like, growth, stages
}
criterion_main!(benches);
