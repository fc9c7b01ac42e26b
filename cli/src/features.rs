//! `dechaff features DIR`: the learned layer's features of every page of a directory, as JSON
//! Lines, for `scripts/train.py`.

use crate::settings::Settings;
use crate::{Failure, read_input};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

/// The arguments of `dechaff features`.
#[derive(Args)]
pub struct FeaturesArgs {
    /// Directories of ID.txt pages (ID.gold.txt and other files are skipped).
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    /// Record the features as the stages and the compiled model decide (a later round of
    /// training), not as the stages alone do.
    #[arg(long)]
    with_model: bool,
    #[command(flatten)]
    settings: Settings,
}

/// Writes a first line with the features' names, then one line per page: its directory and id,
/// its page features, and each block's line, text, the stages' verdict and its features.
pub fn run(args: &FeaturesArgs) -> Result<(), Failure> {
    let cleaner = args.settings.cleaner()?;
    let (block_names, page_names) = dechaff::eval::feature_names();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let header = serde_json::json!({ "block_features": block_names, "page_features": page_names });
    writeln!(out, "{header}").map_err(write_failed)?;
    for dir in &args.dirs {
        let entries = std::fs::read_dir(dir).map_err(|e| Failure::Run(format!("{}: {e}", dir.display())))?;
        let mut ids: Vec<String> = entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|name| name.strip_suffix(".txt").filter(|id| !id.contains('.')).map(str::to_owned))
            .collect();
        ids.sort();
        for id in ids {
            let page = read_input(Some(&dir.join(format!("{id}.txt"))))?;
            let found = dechaff::eval::features(&cleaner, &page, args.with_model);
            let blocks: Vec<serde_json::Value> = found
                .blocks
                .iter()
                .map(|(b, x)| serde_json::json!([b.line, b.text(&page), b.kept, b.reason.as_str(), x]))
                .collect();
            let record = serde_json::json!({
                "dir": dir.display().to_string(), "id": id, "page": found.page, "blocks": blocks,
            });
            writeln!(out, "{record}").map_err(write_failed)?;
        }
    }
    out.flush().map_err(write_failed)
}

fn write_failed(e: std::io::Error) -> Failure {
    Failure::Run(format!("writing the features: {e}"))
}
