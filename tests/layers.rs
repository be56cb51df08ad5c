//! The layout holds: every stage imports only the stages below it (see
//! `ARCHITECTURE.md`), no file is too long to hold in one's head, and a
//! function over 120 lines says why it is one function.
//!
//! Read from the sources themselves, so a change that breaks a rule fails
//! here with the file and line that broke it.

use std::path::{Path, PathBuf};

/// The modules of `src/`, lowest first. A module may use the modules of
/// the groups before its own, never its own group's other members nor
/// those after. `lib.rs` (the root) names them all. A new module must be
/// placed here, which is the point: its place in the pipeline is decided,
/// not found.
const LAYERS: &[&[&str]] = &[
    // Leaves: shared vocabulary, no stage.
    &["tuning"],
    &["text", "entity"],
    &["model", "error", "meta_names", "link"],
    // Settings, which the labeller reads.
    &["config"],
    // Input: the pages of a web archive (feature `warc`), before any page
    // is decoded.
    &["warc"],
    // The stages, in pipeline order.
    &["decode"],
    &["dom"],
    &["segment"],
    &["classify"],
    &["metadata"],
    &["render"],
    &["document"],
    &["pipeline"],
];

/// Lines of code (not blank, not comments) a file of `src/` may have,
/// tests aside.
const MAX_FILE_CODE_LINES: usize = 800;

/// Lines a function may have without a `// Over 120 lines: <reason>`
/// comment just above its signature.
const MAX_FN_LINES: usize = 120;

fn rank(module: &str) -> Option<usize> {
    LAYERS.iter().position(|group| group.contains(&module))
}

/// Every `.rs` file under `dir`, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The source with comments, string and char literals blanked out (each
/// byte a space, line breaks kept), so that braces and paths are code.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = b[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |p| i + p);
                blank(&mut out, i, end);
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |p| i + 2 + p + 2);
                blank(&mut out, i, end);
                i = end;
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                // A raw string: r"…", r#"…"#.
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = i + 2 + hashes;
                let end = src[start..]
                    .find(&close)
                    .map_or(b.len(), |p| start + p + close.len());
                blank(&mut out, i, end);
                i = end;
            }
            b'"' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                let end = (j + 1).min(b.len());
                blank(&mut out, i, end);
                i = end;
            }
            b'\'' => {
                // A char literal ('x', '\n', '\u{..}', 'é'), not a lifetime.
                let rest = &src[i + 1..];
                let len = if rest.starts_with('\\') {
                    rest.find('\'').map(|p| p + 1)
                } else {
                    rest.chars()
                        .next()
                        .filter(|_| rest.chars().nth(1) == Some('\''))
                        .map(|c| c.len_utf8() + 1)
                };
                match len {
                    Some(n) => {
                        blank(&mut out, i, i + 1 + n);
                        i += 1 + n;
                    }
                    None => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    String::from_utf8(out).expect("blanking keeps UTF-8: whole literals become spaces")
}

/// The code of a file less its test modules: from the first `#[cfg(test)]`
/// (or `#[cfg(all(test, …))]`) line followed by a `mod` to the end (the
/// tests are last, by convention).
fn without_tests(code: &str) -> &str {
    let mut at = 0;
    for line in code.split_inclusive('\n') {
        let rest = &code[at + line.len()..];
        let test_cfg = line.trim_start().starts_with("#[cfg(") && line.contains("test");
        if test_cfg && rest.trim_start().starts_with("mod ") {
            return &code[..at];
        }
        at += line.len();
    }
    code
}

/// The stage a file of `src/` belongs to: its first path component.
fn stage_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src/");
    let first = rel.components().next().expect("a component");
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_string()
}

/// The crate-level names a piece of code uses: `x` of every `crate::x`,
/// and of every `crate::{x, y::z}` group. Line numbers are 1-based.
fn crate_uses(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let mut rest = line;
        while let Some(p) = rest.find("crate::") {
            // `$crate::` in a macro, or `some_crate::`: not ours.
            let before = rest[..p].chars().next_back();
            rest = &rest[p + "crate::".len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let mut item = String::new();
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            out.push((n + 1, first_segment(&item)));
                            item.clear();
                            continue;
                        }
                        _ => {}
                    }
                    item.push(c);
                }
                if !item.trim().is_empty() {
                    out.push((n + 1, first_segment(&item)));
                }
            } else {
                out.push((n + 1, first_segment(rest)));
            }
        }
    }
    out
}

fn first_segment(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Whether a file is a test module of its own (`src/<stage>/tests.rs`).
fn is_test_file(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == "tests.rs")
}

#[test]
fn every_stage_imports_only_the_stages_below_it() {
    let src = src_dir();
    let mut broken = Vec::new();
    for file in sources(&src) {
        if is_test_file(&file) {
            continue;
        }
        let stage = stage_of(&src, &file);
        if stage == "lib" {
            continue;
        }
        let Some(own) = rank(&stage) else {
            broken.push(format!(
                "{}: module `{stage}` is in no layer of LAYERS",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("a source file");
        let code = code_only(&text);
        for (line, used) in crate_uses(without_tests(&code)) {
            if used == stage || used == "self" {
                continue;
            }
            let why = match rank(&used) {
                Some(r) if r < own => continue,
                Some(r) if r == own => "its own layer",
                Some(_) => "a higher layer",
                None if used.starts_with(char::is_uppercase) || used == "extract" => {
                    "the root's re-exports (name the module instead)"
                }
                None => "no layer",
            };
            broken.push(format!(
                "{}:{line}: `{stage}` uses `crate::{used}`, of {why}",
                file.display()
            ));
        }
    }
    assert!(broken.is_empty(), "\n{}\n", broken.join("\n"));
}

#[test]
fn files_and_functions_stay_short() {
    let src = src_dir();
    let mut broken = Vec::new();
    for file in sources(&src) {
        if is_test_file(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file");
        let code = code_only(&text);
        let code = without_tests(&code);
        let lines: Vec<&str> = code.lines().collect();
        let code_lines = lines.iter().filter(|l| !l.trim().is_empty()).count();
        if code_lines > MAX_FILE_CODE_LINES {
            broken.push(format!(
                "{}: {code_lines} lines of code, over {MAX_FILE_CODE_LINES}: split it",
                file.display()
            ));
        }
        let original: Vec<&str> = text.lines().collect();
        for (start, len, name) in functions(&lines) {
            let reason = original[..start]
                .iter()
                .rev()
                .take_while(|l| {
                    let l = l.trim();
                    l.starts_with("//") || l.starts_with("#[")
                })
                .any(|l| l.trim().starts_with("// Over 120 lines:"));
            if len > MAX_FN_LINES && !reason {
                broken.push(format!(
                    "{}:{}: fn {name} is {len} lines, over {MAX_FN_LINES} without a \
                     `// Over 120 lines: <reason>` comment",
                    file.display(),
                    start + 1
                ));
            }
        }
    }
    assert!(broken.is_empty(), "\n{}\n", broken.join("\n"));
}

/// Every function with a body: its first line (0-based), its length in
/// lines and its name, from the literal-free code.
fn functions(lines: &[&str]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else {
            continue;
        };
        let mut depth = 0i32;
        let mut opened = false;
        for (j, l) in lines.iter().enumerate().skip(i) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    ';' if !opened && depth == 0 => break,
                    _ => {}
                }
            }
            if opened && depth == 0 {
                out.push((i, j - i + 1, name.clone()));
                break;
            }
            if !opened && l.trim_end().ends_with(';') {
                break;
            }
        }
    }
    out
}

/// The name of the function a line starts, if it starts one.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line.split_whitespace().peekable();
    while let Some(w) = words.next() {
        match w {
            "fn" => return words.next().map(first_segment),
            "pub" | "const" | "async" | "unsafe" | "extern" => {}
            w if w.starts_with("pub(") => {}
            _ => return None,
        }
    }
    None
}

#[test]
fn the_checks_see_what_they_check() {
    // The blanking hides literals and comments, nothing else.
    let code = code_only("let s = \"crate::x { }\"; // crate::y {\nlet c = '{'; 'a: loop {}");
    assert!(!code.contains("crate::") && code.contains("'a: loop {}"));
    assert_eq!(code.lines().count(), 2);
    let raw = code_only("let r = r#\"}\"#; let b = b\"{\";");
    assert!(!raw.contains('{') && !raw.contains('}'));
    // Both forms of use are read, `$crate` and other crates are not.
    let uses: Vec<String> = crate_uses(
        "use crate::dom::tree::{Dom, NodeId};\nuse crate::{model, text::{self, collapse}};\n\
         let x = crate::tuning::MAX; $crate::a; other_crate::b;",
    )
    .into_iter()
    .map(|(_, m)| m)
    .collect();
    assert_eq!(uses, ["dom", "model", "text", "tuning"]);
    // A function's extent is from its signature to its closing brace.
    let lines = ["fn a() {", "    if x {", "    }", "}", "pub(crate) fn b();"];
    assert_eq!(functions(&lines), [(0, 4, "a".to_string())]);
    assert_eq!(rank("tuning"), Some(0));
    assert!(rank("segment") < rank("classify") && rank("render") < rank("document"));
}
