//! The example binary over a directory of bad files: it names each file
//! that fails, counts it, goes on with the next and exits 1; and a page
//! whose extraction panics costs no other page.

use std::path::PathBuf;
use std::process::Command;

/// The example binary, built now (a plain `cargo test --test example_cli`
/// does not build examples, and one built earlier may be stale).
fn example_binary() -> PathBuf {
    let build = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--example",
            "extract",
            "--message-format",
            "json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&build.stdout);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );
    // The artifact message of the example names its executable.
    let line = stdout
        .lines()
        .find(|l| l.contains("\"executable\":") && l.contains("\"name\":\"extract\""))
        .expect("cargo reports the example's executable");
    let start = line.find("\"executable\":\"").unwrap() + "\"executable\":\"".len();
    let end = start + line[start..].find('"').unwrap();
    PathBuf::from(&line[start..end])
}

const STORY: &str = "<html><head><meta charset=windows-1252><title>Bridge</title></head>\
    <body><nav><a href=/>Home</a></nav><article><p>The council voted on Tuesday to rebuild \
    the old bridge, a project discussed for more than ten years.</p></article></body></html>";

/// Runs the example binary with `args` (and `DEBOILER_EXAMPLE_PANIC_ON`
/// set to `panic_on`): its exit code and standard error.
fn run_example(args: &[&std::ffi::OsStr], panic_on: &str) -> (Option<i32>, String) {
    let run = Command::new(example_binary())
        .env("DEBOILER_EXAMPLE_PANIC_ON", panic_on)
        .args(args)
        .output()
        .unwrap();
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

/// An empty directory for one test's pages, and the output directory in it.
fn fresh_dir(test: &str) -> (PathBuf, PathBuf) {
    let dir = std::env::temp_dir().join(format!("deboiler-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("out");
    (dir, out)
}

#[test]
fn a_directory_of_bad_files_is_reported_file_by_file() {
    let (dir, out) = fresh_dir("bad-files");
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();

    // Pages that are text, however badly encoded: extracted.
    write("good.html", STORY.as_bytes());
    let utf16: Vec<u8> = STORY.encode_utf16().flat_map(u16::to_le_bytes).collect();
    write("utf16-without-bom.html", &utf16);
    write(
        "bom-disagrees-with-meta.html",
        &[b"\xEF\xBB\xBF", STORY.as_bytes()].concat(),
    );
    let (before, after) = STORY.split_once("Tuesday").unwrap();
    write(
        "invalid-utf8.html",
        &[before.as_bytes(), b"Tues\xC3\xFFday", after.as_bytes()].concat(),
    );
    write(
        "nul-bytes.html",
        STORY.replacen(" the", " \0the", 3).as_bytes(),
    );
    write("empty.html", b"");
    // Bad files: refused with an error that names what is wrong.
    write(
        "gzip.html",
        b"\x1F\x8B\x08\x00\x00\x00\x00\x00\x00\x03\xED\xBD",
    );
    let noise: Vec<u8> = (0..5000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    write("noise.html", &noise);
    write("deep.html", "<div>".repeat(100_000).as_bytes());
    // A directory and a dangling link named like pages: unreadable.
    std::fs::create_dir_all(dir.join("folder.html")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("missing"), dir.join("dangling.html")).unwrap();

    let (code, stderr) = run_example(&["--out".as_ref(), out.as_ref(), dir.as_ref()], "");
    assert_eq!(code, Some(1), "some inputs failed: {stderr}");
    let bad = [
        ("gzip.html", "input is gzip data, not HTML"),
        ("noise.html", "input is binary data, not HTML"),
        ("deep.html", "elements nest"),
        #[cfg(unix)]
        ("dangling.html", "No such file"),
    ];
    for (name, why) in bad {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(why)),
            "{name}: {stderr}"
        );
    }
    assert!(
        stderr.contains(&format!("docs=6 failed={} panics=0", bad.len())),
        "{stderr}"
    );
    for good in [
        "good",
        "utf16-without-bom",
        "bom-disagrees-with-meta",
        "invalid-utf8",
        "nul-bytes",
    ] {
        let text = std::fs::read_to_string(out.join(good).with_extension("txt")).unwrap();
        assert!(text.starts_with("The c"), "{good}: {text}");
        assert!(text.contains("ten years."), "{good}: {text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_page_that_panics_costs_no_other_page() {
    let (dir, out) = fresh_dir("panic");
    for name in ["a", "b-panics", "c", "d", "e-panics", "f"] {
        std::fs::write(dir.join(format!("{name}.html")), STORY).unwrap();
    }
    for jobs in ["1", "2"] {
        let _ = std::fs::remove_dir_all(&out);
        let args = [
            "--jobs".as_ref(),
            jobs.as_ref(),
            "--out".as_ref(),
            out.as_ref(),
            dir.as_ref(),
        ];
        let (code, stderr) = run_example(&args, "-panics");
        assert_eq!(code, Some(1), "{stderr}");
        for name in ["b-panics", "e-panics"] {
            assert!(
                stderr.lines().any(|l| l.starts_with("extract: ")
                    && l.contains(&format!("{name}.html: panicked: injected for a test"))),
                "{name}: {stderr}"
            );
            assert!(!out.join(format!("{name}.txt")).exists());
        }
        assert!(stderr.contains("docs=4 failed=2 panics=2"), "{stderr}");
        for name in ["a", "c", "d", "f"] {
            let text = std::fs::read_to_string(out.join(format!("{name}.txt"))).unwrap();
            assert!(text.starts_with("The council voted"), "{name}: {text}");
        }
    }
    // Without the injection, every page is written and the run exits 0.
    let args = [
        "--max-seconds".as_ref(),
        "60".as_ref(),
        "--out".as_ref(),
        out.as_ref(),
        dir.as_ref(),
    ];
    let (code, stderr) = run_example(&args, "");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("docs=6 failed=0 panics=0"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--format jsonl` is for WARC input; and a build without the `warc`
/// feature says how to get `--warc` rather than failing later.
#[test]
fn warc_options_are_checked_before_any_work() {
    let (code, stderr) = run_example(
        &["--format".as_ref(), "jsonl".as_ref(), "x.html".as_ref()],
        "",
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("--format jsonl is for --warc input"),
        "{stderr}"
    );
    let (code, stderr) = run_example(&["--warc".as_ref(), "-".as_ref()], "");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("not standard input"), "{stderr}");
    // This test's build of the example has no `warc` feature.
    let (code, stderr) = run_example(&["--warc".as_ref(), "crawl.warc.gz".as_ref()], "");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("--features warc"), "{stderr}");
}
