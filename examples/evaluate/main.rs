//! Scores deboiler on a benchmark set with the same two metrics as
//! `../shared/bench/score.py`: AEB's shingle F1 and WCXB's word F1.
//!
//! ```text
//! cargo run --release --example evaluate -- DATASET [--out PRED_DIR] [--worst N]
//!                                           [--min-f1 X] [--min-bow-f1 Y]
//!                                           [--max-low-recall N] [--comments]
//!                                           [--favor balanced|precision|recall]
//!                                           [--peer-meta DIR]
//!                                           [--min-meta FIELD=X,...]
//!                                           [--max-spurious FIELD=X,...]
//! ```
//!
//! DATASET holds `html/<id>.html`, `truth/<id>.txt` and optionally
//! `meta/<id>.json` (with a `page_type`). Predictions are written to
//! PRED_DIR (default `target/eval/<dataset name>`) so score.py can check
//! them. The report gives both metrics over all pages and per page type
//! (with the type's loss: the sum of 1 − word F1 over its pages), then the
//! worst N pages of each type with the words they lost and leaked. With
//! `--min-f1` / `--min-bow-f1` the exit status is 1 when a score is below
//! its floor, and with `--max-low-recall` when more pages than that lost
//! most of their text (word recall under 0.5, counted with the empty ones
//! beside): CI uses these to catch regressions. `--comments` extracts with
//! the readers' comments on (Dragnet's truth keeps them).
//!
//! The loss by reason is the truth's words that each rule dropped: per
//! page, the truth's words less the output's, then taken by the dropped
//! blocks in page order, each word by the first block that has it, so a
//! word that is also kept elsewhere is no loss.
//!
//! Where `meta/<id>.json` gives a `title`, `author` or `publish_date`, the
//! report ends with the share of pages whose metadata matches it, strictly
//! and leniently, the share of pages without it given one anyway (spurious)
//! and the misses by kind (see `metadata.rs`); and the share whose inferred
//! page type is the annotated one. `--peer-meta DIR` scores
//! another extractor's metadata the same way, from `DIR/<id>.json` holding
//! `title`, `author` and `date` (`benches/peers/trafilatura_metadata.py`
//! writes these). `--min-meta title=0.79,author=0.79` makes the exit status
//! 1 when a field's strict share is below its floor, `--max-spurious
//! author=0.2` when its spurious rate is over its ceiling.
//!
//! Every page's markdown is read back by a CommonMark parser: the report
//! counts the pages whose markdown has another block structure than their
//! content blocks, or any raw HTML (the first few are named); either makes
//! the exit status 1.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use regex::Regex;

#[path = "../../tests/common/html_check.rs"]
mod html_check;
#[path = "../../tests/common/md_structure.rs"]
mod md_structure;
mod metadata;

use metadata::{Meta, MetaRow};

struct Args {
    dataset: PathBuf,
    out: Option<PathBuf>,
    worst: usize,
    min_f1: Option<f64>,
    min_bow: Option<f64>,
    max_low_recall: Option<usize>,
    comments: bool,
    favor: deboiler::Favor,
    peer_meta: Option<PathBuf>,
    min_meta: Vec<(String, f64)>,
    max_spurious: Vec<(String, f64)>,
}

fn parse_args() -> Result<Args, String> {
    let mut dataset = None;
    let mut args = Args {
        dataset: PathBuf::new(),
        out: None,
        worst: 10,
        min_f1: None,
        min_bow: None,
        max_low_recall: None,
        comments: false,
        favor: deboiler::Favor::Balanced,
        peer_meta: None,
        min_meta: Vec::new(),
        max_spurious: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    let number = |v: Option<String>, name: &str| -> Result<f64, String> {
        v.and_then(|v| v.parse().ok())
            .ok_or(format!("{name} takes a number"))
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => args.out = Some(it.next().ok_or("--out takes a directory")?.into()),
            "--peer-meta" => {
                args.peer_meta = Some(it.next().ok_or("--peer-meta takes a directory")?.into())
            }
            "--worst" => args.worst = number(it.next(), "--worst")? as usize,
            "--min-f1" => args.min_f1 = Some(number(it.next(), "--min-f1")?),
            "--min-bow-f1" => args.min_bow = Some(number(it.next(), "--min-bow-f1")?),
            "--max-low-recall" => {
                args.max_low_recall = Some(number(it.next(), "--max-low-recall")? as usize)
            }
            "--comments" => args.comments = true,
            "--min-meta" => args.min_meta = field_limits(it.next(), "--min-meta")?,
            "--max-spurious" => args.max_spurious = field_limits(it.next(), "--max-spurious")?,
            "--favor" => {
                args.favor = match it.next().as_deref() {
                    Some("balanced") => deboiler::Favor::Balanced,
                    Some("precision") => deboiler::Favor::Precision,
                    Some("recall") => deboiler::Favor::Recall,
                    other => {
                        return Err(format!(
                            "--favor takes balanced, precision or recall, not {}",
                            other.unwrap_or_default()
                        ));
                    }
                }
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ if dataset.is_none() => dataset = Some(PathBuf::from(a)),
            _ => return Err("one DATASET only".into()),
        }
    }
    args.dataset = dataset.ok_or("no DATASET given")?;
    Ok(args)
}

/// Prints the `n` pages of `pages` with the lowest word F1, with the words
/// each lost and leaked.
fn print_worst(mut pages: Vec<&Page>, n: usize) {
    pages.sort_by(|a, b| a.bow.2.total_cmp(&b.bow.2));
    let fmt = |v: &[(String, i64)]| {
        v.iter()
            .map(|(w, n)| format!("{w}×{n}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    for p in pages.iter().take(n) {
        println!(
            "  {} {} wordF1 {:.3} P {:.3} R {:.3}\n      lost: {}\n      leaked: {}",
            p.id,
            p.page_type,
            p.bow.2,
            p.bow.0,
            p.bow.1,
            fmt(&p.lost),
            fmt(&p.leaked)
        );
    }
}

/// One page's scores.
struct Page {
    id: String,
    page_type: String,
    /// Shingle counts, normalised to sum 1 as AEB's evaluate.py does.
    tp_fp_fn: (f64, f64, f64),
    bow: (f64, f64, f64),
    truth_words: usize,
    pred_words: usize,
    lost: Vec<(String, i64)>,
    leaked: Vec<(String, i64)>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "evaluate: {e}\nusage: evaluate DATASET [--out DIR] [--worst N] [--min-f1 X] [--min-bow-f1 Y] [--max-low-recall N] [--comments] [--favor MODE] [--peer-meta DIR] [--min-meta FIELD=X,...] [--max-spurious FIELD=X,...]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<bool, String> {
    let name = args
        .dataset
        .file_name()
        .map_or("dataset".into(), |n| n.to_string_lossy().into_owned());
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("target/eval").join(&name));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let truth_dir = args.dataset.join("truth");
    let mut ids: Vec<String> = std::fs::read_dir(&truth_dir)
        .map_err(|e| format!("{}: {e}", truth_dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".txt")
                .map(String::from)
        })
        .collect();
    ids.sort();
    if ids.is_empty() {
        return Err(format!("no <id>.txt in {}", truth_dir.display()));
    }

    let word = Regex::new(r"\w+").expect("valid regex");
    // Links and images on: the markdown check then covers their syntax too (the text
    // is the same either way).
    let extractor = deboiler::Extractor::builder()
        .favor(args.favor)
        .links(true)
        .images(true)
        .comments(args.comments)
        .build()
        .map_err(|e| e.to_string())?;
    let mut pages = Vec::with_capacity(ids.len());
    let mut busy = std::time::Duration::ZERO;
    let mut bytes_total = 0usize;
    let mut failed = 0usize;
    let mut metas: Vec<MetaRow> = Vec::new();
    let (mut md_mismatch, mut md_html) = (Vec::new(), Vec::new());
    let mut bad_html: Vec<String> = Vec::new();
    let mut losses = Losses::default();
    for id in &ids {
        let truth = read_lossy(&truth_dir.join(format!("{id}.txt")));
        let html =
            std::fs::read(args.dataset.join("html").join(format!("{id}.html"))).unwrap_or_default();
        bytes_total += html.len();
        let start = Instant::now();
        let (pred, guess) = match extractor.extract_bytes(&html, None) {
            Ok(doc) => {
                let m = doc.metadata();
                let guess = Meta {
                    title: m.title().map(String::from),
                    author: (!m.authors().is_empty()).then(|| m.authors().join(", ")),
                    date: m.published().map(String::from),
                    page_type: Some(m.page_type().as_str().to_string()),
                };
                let md = doc.to_markdown();
                let (shape, html) = md_structure::parsed(&md);
                let want = md_structure::expected(&doc, true, args.comments);
                if shape != want {
                    // Where the two first part.
                    let k = shape.iter().zip(&want).take_while(|(a, b)| a == b).count();
                    md_mismatch.push(format!(
                        "{id} at block {k}: read {:?}, blocks say {:?}",
                        shape.get(k),
                        want.get(k)
                    ));
                }
                if html > 0 {
                    md_html.push(id.clone());
                }
                if let Err(e) = html_check::check(&doc.to_html()) {
                    bad_html.push(format!("{id}: {e}"));
                }
                losses.add(&word, &truth, &doc, args.comments);
                (doc.text().to_string(), guess)
            }
            Err(e) => {
                eprintln!("evaluate: {id}: {e}");
                failed += 1;
                (String::new(), Meta::default())
            }
        };
        busy += start.elapsed();
        std::fs::write(out.join(format!("{id}.txt")), &pred)
            .map_err(|e| format!("{}: {e}", out.display()))?;
        let meta: serde_json::Value =
            std::fs::read_to_string(args.dataset.join("meta").join(format!("{id}.json")))
                .ok()
                .and_then(|m| serde_json::from_str(&m).ok())
                .unwrap_or_default();
        let field = |k: &str| meta.get(k).and_then(|v| v.as_str()).map(String::from);
        let page_type = field("page_type").unwrap_or_default();
        let peer = args.peer_meta.as_ref().map(|dir| {
            let v: serde_json::Value = std::fs::read_to_string(dir.join(format!("{id}.json")))
                .ok()
                .and_then(|m| serde_json::from_str(&m).ok())
                .unwrap_or_default();
            let get = |k: &str| v.get(k).and_then(|v| v.as_str()).map(String::from);
            Meta {
                title: get("title"),
                author: get("author"),
                date: get("date"),
                page_type: None,
            }
        });
        let truth_meta = Meta {
            title: field("title"),
            author: field("author"),
            date: field("publish_date"),
            page_type: Some(page_type.clone()).filter(|t| !t.is_empty()),
        };
        metas.push(MetaRow {
            truth: truth_meta,
            ours: guess,
            peer,
        });
        pages.push(score_page(&word, id, page_type, &truth, &pred));
    }

    println!(
        "{name}: {} pages ({failed} failed), predictions in {}, {:.1} MB/s extraction",
        pages.len(),
        out.display(),
        bytes_total as f64 / 1e6 / busy.as_secs_f64().max(1e-9)
    );
    let all: Vec<&Page> = pages.iter().collect();
    let (f1, p, r) = aeb_aggregate(&all);
    let bow = bow_mean(&all);
    println!("AEB shingle F1 {f1:.4}  precision {p:.4}  recall {r:.4}");
    println!(
        "word F1 {:.4}  precision {:.4}  recall {:.4}",
        bow.2, bow.0, bow.1
    );
    let with_truth = pages.iter().filter(|p| p.truth_words > 0);
    let low: Vec<&Page> = with_truth.filter(|p| p.bow.1 < 0.5).collect();
    let empty = low.iter().filter(|p| p.pred_words == 0).count();
    println!(
        "pages with word recall < 0.5: {} (empty: {empty})",
        low.len()
    );
    losses.print();
    let mut types: Vec<&str> = pages
        .iter()
        .map(|p| p.page_type.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    types.sort();
    types.dedup();
    if !types.is_empty() {
        // loss: the sum over the type's pages of 1 - word F1, where the
        // points to win are.
        println!(
            "by page type:   {:<14} {:>5} {:>7} {:>7} {:>6}",
            "type", "n", "F1", "wordF1", "loss"
        );
        for t in &types {
            let group: Vec<&Page> = pages.iter().filter(|p| p.page_type == *t).collect();
            let loss: f64 = group.iter().map(|p| 1.0 - p.bow.2).sum();
            println!(
                "                {:<14} {:>5} {:>7.4} {:>7.4} {:>6.1}",
                t,
                group.len(),
                aeb_aggregate(&group).0,
                bow_mean(&group).2,
                loss
            );
        }
    }
    println!("worst pages by word F1 (lost: truth words missing; leaked: words not in the truth):");
    if types.is_empty() {
        print_worst(pages.iter().collect(), args.worst);
    } else {
        for t in &types {
            println!("  {t}:");
            print_worst(
                pages.iter().filter(|p| p.page_type == *t).collect(),
                args.worst,
            );
        }
    }
    let meta_scores = metadata::print_metadata(&metas, args.peer_meta.is_some());
    println!(
        "markdown read back: {} of {} pages with another structure, {} with raw HTML {:?}",
        md_mismatch.len(),
        pages.len(),
        md_html.len(),
        &md_html[..md_html.len().min(5)],
    );
    for m in md_mismatch.iter().take(5) {
        println!("  {m}");
    }
    println!(
        "html fragments not well-formed or not clean: {}",
        bad_html.len()
    );
    for m in bad_html.iter().take(5) {
        println!("  {m}");
    }
    println!("F1 {f1:.4} bowF1 {:.4} n {}", bow.2, pages.len());

    // Markdown that reads back as something else, or lets raw HTML
    // through, is a defect whatever the scores.
    let mut ok = md_mismatch.is_empty() && md_html.is_empty() && bad_html.is_empty();
    if !ok {
        eprintln!("evaluate: {name}: markdown or HTML output is malformed on some pages");
    }
    if let Some(min) = args.min_f1
        && f1 < min
    {
        eprintln!("evaluate: {name}: AEB F1 {f1:.4} is below the floor {min}");
        ok = false;
    }
    if let Some(max) = args.max_low_recall
        && low.len() > max
    {
        println!(
            "FAIL: {} pages with word recall < 0.5, over the ceiling {max}",
            low.len()
        );
        ok = false;
    }
    for (field, min) in &args.min_meta {
        match meta_scores.iter().find(|s| s.name == field) {
            Some(s) if s.strict >= *min => {}
            Some(s) => {
                eprintln!(
                    "evaluate: {name}: {field} {:.3} is below the floor {min}",
                    s.strict
                );
                ok = false;
            }
            None => {
                eprintln!("evaluate: {name}: no {field} annotated to hold to {min}");
                ok = false;
            }
        }
    }
    for (field, max) in &args.max_spurious {
        let rate = meta_scores
            .iter()
            .find(|s| s.name == field)
            .and_then(|s| s.spurious);
        if let Some(rate) = rate
            && rate > *max
        {
            eprintln!("evaluate: {name}: spurious {field} {rate:.3} is over the ceiling {max}");
            ok = false;
        }
    }
    if let Some(min) = args.min_bow
        && bow.2 < min
    {
        eprintln!(
            "evaluate: {name}: word F1 {:.4} is below the floor {min}",
            bow.2
        );
        ok = false;
    }
    Ok(ok)
}

/// `title=0.79,author=0.8` as (field, limit) pairs; the fields are those
/// the metadata report scores.
fn field_limits(v: Option<String>, option: &str) -> Result<Vec<(String, f64)>, String> {
    let v = v.ok_or(format!("{option} takes FIELD=X,..."))?;
    v.split(',')
        .map(|pair| {
            let (field, x) = pair
                .split_once('=')
                .ok_or(format!("{option}: {pair} is not FIELD=X"))?;
            if !["title", "author", "date"].contains(&field) {
                return Err(format!("{option}: no field {field} (title, author, date)"));
            }
            let x: f64 = x
                .parse()
                .map_err(|_| format!("{option}: {x} is not a number"))?;
            Ok((field.to_string(), x))
        })
        .collect()
}

fn read_lossy(path: &Path) -> String {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn counts(items: impl Iterator<Item = String>) -> HashMap<String, i64> {
    let mut m = HashMap::new();
    for i in items {
        *m.entry(i).or_insert(0) += 1;
    }
    m
}

/// AEB's shingles: every run of four tokens; a text of one to three tokens
/// is one shingle of them all.
fn shingles(tokens: &[&str]) -> HashMap<String, i64> {
    let n = 4;
    let windows = if tokens.is_empty() {
        0
    } else {
        tokens.len().saturating_sub(n - 1).max(1)
    };
    counts((0..windows).map(|i| tokens[i..(i + n).min(tokens.len())].join("\u{1f}")))
}

fn score_page(word: &Regex, id: &str, page_type: String, truth: &str, pred: &str) -> Page {
    let tt: Vec<&str> = word.find_iter(truth).map(|m| m.as_str()).collect();
    let pt: Vec<&str> = word.find_iter(pred).map(|m| m.as_str()).collect();
    let (ts, ps) = (shingles(&tt), shingles(&pt));
    let (mut tp, mut fp, mut fn_) = (0f64, 0f64, 0f64);
    for (k, &a) in &ts {
        let b = ps.get(k).copied().unwrap_or(0);
        tp += a.min(b) as f64;
        fn_ += (a - b).max(0) as f64;
    }
    for (k, &b) in &ps {
        fp += (b - ts.get(k).copied().unwrap_or(0)).max(0) as f64;
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        (tp, fp, fn_) = (tp / s, fp / s, fn_ / s);
    }

    let tw = counts(tt.iter().map(|w| w.to_lowercase()));
    let pw = counts(pt.iter().map(|w| w.to_lowercase()));
    let (nt, np) = (tt.len() as f64, pt.len() as f64);
    let overlap: i64 = tw
        .iter()
        .map(|(k, &a)| a.min(pw.get(k).copied().unwrap_or(0)))
        .sum();
    let bow = if nt == 0.0 && np == 0.0 {
        (1.0, 1.0, 1.0)
    } else if np == 0.0 {
        (0.0, 0.0, 0.0)
    } else if nt == 0.0 {
        (0.0, 1.0, 0.0)
    } else {
        let (p, r) = (overlap as f64 / np, overlap as f64 / nt);
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    let top = |a: &HashMap<String, i64>, b: &HashMap<String, i64>| {
        let mut v: Vec<(String, i64)> = a
            .iter()
            .map(|(k, &n)| (k.clone(), n - b.get(k).copied().unwrap_or(0)))
            .filter(|(_, d)| *d > 0)
            .collect();
        v.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| x.0.cmp(&y.0)));
        v.truncate(12);
        v
    };
    Page {
        id: id.to_string(),
        page_type,
        tp_fp_fn: (tp, fp, fn_),
        bow,
        truth_words: tt.len(),
        pred_words: pt.len(),
        lost: top(&tw, &pw),
        leaked: top(&pw, &tw),
    }
}

/// The truth's words that each rule dropped, over the pages, and on how
/// many pages it dropped at least [`Losses::PAGE_WORDS`].
#[derive(Default)]
struct Losses {
    truth_words: i64,
    by_reason: HashMap<&'static str, (i64, usize)>,
}

impl Losses {
    const PAGE_WORDS: i64 = 50;

    fn add(&mut self, word: &Regex, truth: &str, doc: &deboiler::Document, comments: bool) {
        let words = |s: &str| -> Vec<String> {
            word.find_iter(s)
                .map(|m| m.as_str().to_lowercase())
                .collect()
        };
        let mut left = counts(words(truth).into_iter());
        self.truth_words += left.values().sum::<i64>();
        for w in words(doc.text()) {
            if let Some(n) = left.get_mut(&w) {
                *n -= 1;
            }
        }
        let mut page: HashMap<&'static str, i64> = HashMap::new();
        let rendered = |b: &deboiler::Block| {
            b.is_content() || (comments && b.label() == deboiler::Label::Comment)
        };
        for b in doc.blocks().iter().filter(|b| !rendered(b)) {
            let mut took = 0;
            for w in words(b.text()) {
                if let Some(n) = left.get_mut(&w)
                    && *n > 0
                {
                    *n -= 1;
                    took += 1;
                }
            }
            *page.entry(b.reason().as_str()).or_default() += took;
        }
        for (reason, took) in page {
            let e = self.by_reason.entry(reason).or_default();
            e.0 += took;
            e.1 += usize::from(took >= Self::PAGE_WORDS);
        }
    }

    fn print(&self) {
        let mut rows: Vec<_> = self.by_reason.iter().filter(|(_, v)| v.0 > 0).collect();
        rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        println!(
            "truth words dropped, by the rule that dropped them (of {}; pages losing {}+):",
            self.truth_words,
            Self::PAGE_WORDS
        );
        for (reason, (words, pages)) in rows {
            println!(
                "  {reason:16} {words:8} {:6.2}%  {pages} pages",
                100.0 * *words as f64 / self.truth_words.max(1) as f64
            );
        }
    }
}

/// AEB's aggregate: precision averaged over pages with a non-empty
/// prediction, recall over pages with a non-empty truth, F1 of the means.
fn aeb_aggregate(pages: &[&Page]) -> (f64, f64, f64) {
    // Precision is tp / (tp + fp), recall tp / (tp + fn): the same ratio
    // against the other error; both are 1 for a perfect page.
    let ratio = |tp: f64, err: f64, other_err: f64| {
        if err == 0.0 && other_err == 0.0 {
            1.0
        } else if tp == 0.0 && err == 0.0 {
            0.0
        } else {
            tp / (tp + err)
        }
    };
    let prec = |(tp, fp, fn_): (f64, f64, f64)| ratio(tp, fp, fn_);
    let rec = |(tp, fp, fn_): (f64, f64, f64)| ratio(tp, fn_, fp);
    let ps: Vec<f64> = pages
        .iter()
        .map(|p| p.tp_fp_fn)
        .filter(|x| x.0 + x.1 > 0.0)
        .map(prec)
        .collect();
    let rs: Vec<f64> = pages
        .iter()
        .map(|p| p.tp_fp_fn)
        .filter(|x| x.0 + x.2 > 0.0)
        .map(rec)
        .collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    (
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        p,
        r,
    )
}

fn bow_mean(pages: &[&Page]) -> (f64, f64, f64) {
    let n = pages.len().max(1) as f64;
    let sum = pages.iter().fold((0.0, 0.0, 0.0), |a, p| {
        (a.0 + p.bow.0, a.1 + p.bow.1, a.2 + p.bow.2)
    });
    (sum.0 / n, sum.1 / n, sum.2 / n)
}

#[cfg(test)]
mod tests {
    use super::field_limits;

    #[test]
    fn field_limits_read_pairs_and_refuse_the_rest() {
        let ok = field_limits(Some("title=0.79,date=0.875".into()), "--min-meta");
        assert_eq!(
            ok,
            Ok(vec![
                ("title".to_string(), 0.79),
                ("date".to_string(), 0.875)
            ])
        );
        for bad in ["titel=0.7", "title", "title=x", ""] {
            assert!(
                field_limits(Some(bad.into()), "--min-meta").is_err(),
                "{bad}"
            );
        }
        assert!(field_limits(None, "--min-meta").is_err());
    }
}
