//! The metadata's score: per field, the share of annotated pages matched
//! strictly and leniently, the spurious rate (a value where the annotation
//! has none) and the misses by kind; and the page type's share.

/// The metadata fields compared.
#[derive(Clone, Copy)]
enum Field {
    Title,
    Author,
    Date,
}

impl Field {
    const ALL: [Field; 3] = [Field::Title, Field::Author, Field::Date];

    fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Author => "author",
            Field::Date => "date",
        }
    }

    /// Whether a guess matches the annotation exactly, once normalised.
    fn same(self, truth: &str, guess: &str) -> bool {
        match self {
            Field::Title => norm(truth) == norm(guess),
            Field::Author => same_author(truth, guess),
            Field::Date => day(truth) == day(guess),
        }
    }

    /// Whether a guess is near enough: titles sharing most of their words
    /// (word-set F1 ≥ 0.8), any name of either author list in the other
    /// (a name holding the other counts: "Ann Lee, MD" and "Ann Lee"),
    /// dates a day apart at most.
    fn near(self, truth: &str, guess: &str) -> bool {
        match self {
            Field::Title => word_f1(truth, guess) >= 0.8,
            Field::Author => {
                let (t, g) = (names(truth), names(guess));
                t.iter().any(|a| {
                    g.iter()
                        .any(|b| a.contains(b.as_str()) || b.contains(a.as_str()))
                })
            }
            Field::Date => match (days(truth), days(guess)) {
                (Some(a), Some(b)) => (a - b).abs() <= 1,
                _ => false,
            },
        }
    }

    /// What kind of miss a wrong guess is.
    fn miss(self, truth: &str, guess: Option<&str>) -> &'static str {
        let Some(guess) = guess else {
            return "none given";
        };
        match self {
            Field::Title => {
                let (t, g) = (norm(truth), norm(guess));
                if g.contains(&t) {
                    "extra text"
                } else if t.contains(&g) {
                    "text missing"
                } else if self.near(truth, guess) {
                    "reworded"
                } else {
                    "another title"
                }
            }
            Field::Author if self.near(truth, guess) => "other names of the list",
            Field::Author => "another author",
            Field::Date if self.near(truth, guess) => "a day off",
            Field::Date if day(truth).get(..4) == day(guess).get(..4) => "same year",
            Field::Date => "another year",
        }
    }
}

/// A page's metadata: annotated, or an extractor's guess.
#[derive(Default)]
pub(crate) struct Meta {
    pub(crate) title: Option<String>,
    pub(crate) author: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) page_type: Option<String>,
}

impl Meta {
    fn get(&self, field: Field) -> Option<&str> {
        match field {
            Field::Title => self.title.as_deref(),
            Field::Author => self.author.as_deref(),
            Field::Date => self.date.as_deref(),
        }
    }
}

/// What one page's metadata is compared on: the annotation, deboiler's
/// guess and the peer's.
pub(crate) struct MetaRow {
    pub(crate) truth: Meta,
    pub(crate) ours: Meta,
    pub(crate) peer: Option<Meta>,
}

/// Lowercase, whitespace collapsed, typographic quotes and dashes as ASCII.
fn norm(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// F1 of the two titles' sets of lowercase words.
fn word_f1(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> std::collections::HashSet<String> {
        norm(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count() as f64;
    if shared == 0.0 {
        return 0.0;
    }
    2.0 * shared / (a.len() + b.len()) as f64
}

/// The names in an author field: split at commas, semicolons, "&" and
/// " and ", each reduced to its letters and spaces.
fn names(s: &str) -> Vec<String> {
    norm(s)
        .replace(" and ", ",")
        .split([',', ';', '&', '|'])
        .map(|n| {
            n.chars()
                .filter(|c| c.is_alphabetic() || *c == ' ')
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|n| !n.is_empty())
        .collect()
}

/// Authors match when the names agree: the first name on either side is
/// one of the other side's names.
fn same_author(truth: &str, guess: &str) -> bool {
    let (t, g) = (names(truth), names(guess));
    match (t.first(), g.first()) {
        (Some(t0), Some(g0)) => g.contains(t0) || t.contains(g0),
        _ => false,
    }
}

/// A date as `YYYY-MM-DD` (the first ten characters of an ISO date).
fn day(s: &str) -> String {
    s.trim().chars().take(10).collect()
}

/// A `YYYY-MM-DD` date as days since 1970-01-01 (the proleptic Gregorian
/// calendar's day count).
fn days(s: &str) -> Option<i64> {
    let d = day(s);
    let mut it = d.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (it.next()??, it.next()??, it.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// A field's score over one extractor's guesses.
struct Score {
    strict: f64,
    near: f64,
    /// Pages with a guess where the annotation has none, of such pages.
    spurious: (usize, usize),
}

fn score(rows: &[&MetaRow], field: Field, guess: &dyn Fn(&MetaRow) -> Option<&str>) -> Score {
    let with: Vec<&&MetaRow> = rows
        .iter()
        .filter(|r| r.truth.get(field).is_some())
        .collect();
    let share = |same: &dyn Fn(&str, &str) -> bool| {
        let hits = with
            .iter()
            .filter(|r| {
                let truth = r.truth.get(field).unwrap_or_default();
                guess(r).is_some_and(|g| same(truth, g))
            })
            .count();
        hits as f64 / with.len().max(1) as f64
    };
    let without: Vec<&&MetaRow> = rows
        .iter()
        .filter(|r| r.truth.get(field).is_none())
        .collect();
    Score {
        strict: share(&|t, g| field.same(t, g)),
        near: share(&|t, g| field.same(t, g) || field.near(t, g)),
        spurious: (
            without.iter().filter(|r| guess(r).is_some()).count(),
            without.len(),
        ),
    }
}

/// Deboiler's score on one field: the strict share matched, and the
/// spurious rate (`None` where no annotated page lacks the field).
pub(crate) struct FieldScore {
    pub(crate) name: &'static str,
    pub(crate) strict: f64,
    pub(crate) spurious: Option<f64>,
}

/// Prints, per field, for deboiler and the peer: the share of the pages
/// annotated with it whose guess matches, strictly and leniently; the
/// spurious rate over the annotated pages without it; deboiler's misses by
/// kind; and the share of pages whose page type is the annotated one.
/// Returns deboiler's scores, for the floors.
pub(crate) fn print_metadata(rows: &[MetaRow], peer: bool) -> Vec<FieldScore> {
    let mut scores = Vec::new();
    // The pages that carry an annotation at all.
    let rows: Vec<&MetaRow> = rows
        .iter()
        .filter(|r| r.truth.title.is_some() || r.truth.page_type.is_some())
        .collect();
    if rows.is_empty() {
        return scores;
    }
    println!(
        "metadata: share of annotated pages matched, strict / lenient (n: pages with the field); \
         spurious: a value where the annotation has none"
    );
    for field in Field::ALL {
        let n = rows.iter().filter(|r| r.truth.get(field).is_some()).count();
        if n == 0 {
            continue;
        }
        let line = |who: &str, s: Score| {
            let (bad, of) = s.spurious;
            let spurious = if of == 0 {
                String::new()
            } else {
                format!("  spurious {:.3} ({bad} of {of})", bad as f64 / of as f64)
            };
            format!("{who} {:.3} / {:.3}{spurious}", s.strict, s.near)
        };
        let ours = score(&rows, field, &|r| r.ours.get(field));
        let (bad, of) = ours.spurious;
        scores.push(FieldScore {
            name: field.name(),
            strict: ours.strict,
            spurious: (of > 0).then(|| bad as f64 / of as f64),
        });
        println!(
            "  {:<10} n {n:>5}  {}",
            field.name(),
            line("deboiler", ours)
        );
        if peer {
            let s = score(&rows, field, &|r| r.peer.as_ref()?.get(field));
            println!("  {:<10}          {}", "", line("peer    ", s));
        }
        let mut misses: Vec<(&str, usize)> = Vec::new();
        for r in &rows {
            let Some(truth) = r.truth.get(field) else {
                continue;
            };
            let guess = r.ours.get(field);
            if guess.is_some_and(|g| field.same(truth, g)) {
                continue;
            }
            let kind = field.miss(truth, guess);
            match misses.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, count)) => *count += 1,
                None => misses.push((kind, 1)),
            }
        }
        misses.sort_by_key(|m| std::cmp::Reverse(m.1));
        let misses: Vec<String> = misses.iter().map(|(k, c)| format!("{k} {c}")).collect();
        println!("  {:<10}          misses: {}", "", misses.join(", "));
    }
    let typed: Vec<&&MetaRow> = rows
        .iter()
        .filter(|r| r.truth.page_type.is_some())
        .collect();
    if !typed.is_empty() {
        let right = typed
            .iter()
            .filter(|r| r.truth.page_type == r.ours.page_type)
            .count();
        println!(
            "  page type  n {:>5}  deboiler {:.3}",
            typed.len(),
            right as f64 / typed.len() as f64
        );
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_days() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(
            days("2000-03-01")
                .zip(days("2000-02-28"))
                .map(|(a, b)| a - b),
            Some(2)
        );
        assert_eq!(
            days("2024-01-01T00:00:00Z")
                .zip(days("2023-12-31"))
                .map(|(a, b)| a - b),
            Some(1)
        );
        assert_eq!(days("2024-13-01"), None);
        assert!(Field::Date.near("2024-03-01", "2024-02-29"));
        assert!(!Field::Date.near("2024-03-01", "2024-02-28"));
    }

    #[test]
    fn lenient_titles_and_authors() {
        assert!(Field::Title.near("The Best Hubs of 2026", "The best hubs of 2026, tested"));
        assert!(!Field::Title.near("Bridge vote", "Council news"));
        assert!(Field::Author.near("Ann Lee, MD", "Ann Lee"));
        assert!(Field::Author.near("Bo Park and Ann Lee", "Ann Lee"));
        assert!(!Field::Author.near("Ann Lee", "Bo Park"));
        assert_eq!(
            Field::Title.miss("Bridge vote", Some("Bridge vote | Paper")),
            "extra text"
        );
        assert_eq!(Field::Date.miss("2024-03-01", None), "none given");
        assert_eq!(
            Field::Date.miss("2024-03-01", Some("2024-07-01")),
            "same year"
        );
    }
}
