//! Where the compile time of the 300-function crates goes, by compiler
//! pass (`-Z time-passes`), and how long each form's expansion is
//! (`-Z unpretty=expanded`: the code rustc compiles after macro expansion,
//! pretty-printed by rustc, so every variant is printed alike).
//!
//! Both flags are unstable: `RUSTC_BOOTSTRAP=1` enables them on the same
//! stable compiler the other tables measure, in a target folder of its own
//! (`<workspace>/target-unstable`) so that the timed builds are unaffected.

use std::path::Path;
use std::process::Command;

use comp_bench::format_ns;

use super::{cargo, median, touch, Variant, FORMS};

/// The passes reported, as `-Z time-passes` names them, and their labels.
const PASSES: [(&str, &str); 6] = [
    ("macro_expand_crate", "macro expansion"),
    ("type_check_crate", "type checking"),
    ("MIR_borrow_checking", "borrow checking"),
    (
        "codegen_crate",
        "codegen to LLVM IR (with monomorphisation)",
    ),
    ("LLVM_passes", "LLVM"),
    ("total", "total"),
];

/// `cargo rustc -p <name> --lib -- <flags>` in `dir` with the unstable
/// flags enabled.
fn rustc(dir: &Path, name: &str, release: bool, flags: &[&str]) -> Command {
    let mut command = cargo();
    command
        .current_dir(dir)
        .args(["rustc", "--quiet", "--lib", "-p", name])
        .env("CARGO_TARGET_DIR", dir.join("target-unstable"))
        .env("CARGO_INCREMENTAL", "0")
        .env("RUSTC_BOOTSTRAP", "1");
    if release {
        command.arg("--release");
    }
    command.arg("--").args(flags);
    command
}

/// Seconds per pass of one build of `name`, in the order of [`PASSES`].
fn passes_once(dir: &Path, name: &str, release: bool) -> [f64; PASSES.len()] {
    touch(dir, name);
    let output = rustc(dir, name, release, &["-Ztime-passes"])
        .output()
        .expect("run cargo rustc");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "-Z time-passes of {name} failed:\n{stderr}"
    );
    PASSES.map(|(pass, _)| {
        // `time:   0.012; rss: ...\tpass`: the last line of the pass wins
        // (a pass can be reported more than once, e.g. per codegen unit).
        stderr
            .lines()
            .rev()
            .filter(|l| l.split('\t').next_back() == Some(pass))
            .find_map(|l| {
                l.strip_prefix("time:")?
                    .split(';')
                    .next()?
                    .trim()
                    .parse()
                    .ok()
            })
            .unwrap_or(f64::NAN)
    })
}

/// The time-passes table: the median of `rounds` builds per crate and
/// profile, the crates interleaved.
pub fn time_passes(dir: &Path, variants: &[&Variant], rounds: usize) -> String {
    let mut out = String::from(
        "Per compiler pass (`-Z time-passes`, `RUSTC_BOOTSTRAP=1`), one build of each \
         300-function crate after touching its `src/lib.rs`, median of the rounds. \
         The passes overlap (LLVM runs on worker threads during codegen) and \
         `total` is the compiler's own wall time, without cargo.\n\n| crate | profile |",
    );
    for (_, label) in PASSES {
        out += &format!(" {label} |");
    }
    out += "\n| --- | --- |";
    out += &" ---: |".repeat(PASSES.len());
    out += "\n";
    for (p, release) in [false, true].into_iter().enumerate() {
        for variant in variants {
            // Builds the dependencies in the unstable target folder.
            passes_once(dir, variant.name, release);
        }
        let mut times = vec![vec![Vec::new(); PASSES.len()]; variants.len()];
        for _ in 0..rounds {
            for (v, variant) in variants.iter().enumerate() {
                for (i, t) in passes_once(dir, variant.name, release)
                    .into_iter()
                    .enumerate()
                {
                    times[v][i].push(t);
                }
            }
        }
        for (v, variant) in variants.iter().enumerate() {
            out += &format!("| {} | {} |", variant.label, ["debug", "release"][p]);
            for t in &times[v] {
                out += &format!(" {} |", format_ns(median(t.clone()) * 1e9));
            }
            out += "\n";
        }
    }
    out
}

/// The pretty-printed expansion of crate `name`.
fn expanded(dir: &Path, name: &str) -> String {
    touch(dir, name);
    let output = rustc(dir, name, false, &["-Zunpretty=expanded"])
        .output()
        .expect("run cargo rustc");
    assert!(
        output.status.success(),
        "-Z unpretty=expanded of {name} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Lines and non-blank bytes of the body of `fn f<i>` in `text`.
fn size_of_fn(text: &str, i: usize) -> (usize, usize) {
    let start = text
        .find(&format!("pub fn f{i}("))
        .expect("fn f<i> in the expansion");
    let end = text[start..]
        .find(&format!("pub fn f{}(", i + 1))
        .map_or(text.len(), |e| start + e);
    let body = text[start..end].trim_end();
    let lines = body.lines().filter(|l| !l.trim().is_empty()).count();
    let bytes = body.bytes().filter(|b| !b.is_ascii_whitespace()).count();
    (lines, bytes)
}

/// Lines of code per form after expansion, for each variant: the first
/// function of each form (`f0` to `f8`), signature included.
pub fn expanded_sizes(dir: &Path, variants: &[&Variant]) -> String {
    let texts: Vec<String> = variants.iter().map(|v| expanded(dir, v.name)).collect();
    let mut out = String::from(
        "Lines (and bytes, whitespace excluded) of each form's function after macro \
         expansion, as `-Z unpretty=expanded` prints it (signature and braces included; \
         `comp!` names everything by its absolute path, `::comprehensions::__private::..`, \
         which the bytes count).\n\n| form |",
    );
    for variant in variants {
        out += &format!(" {} |", variant.label);
    }
    out += "\n| --- |";
    out += &" ---: |".repeat(variants.len());
    out += "\n";
    let mut totals = vec![(0, 0); variants.len()];
    for (i, form) in FORMS.iter().enumerate() {
        out += &format!("| `{}` |", form.comp.replace('K', "2"));
        for (v, text) in texts.iter().enumerate() {
            let (lines, bytes) = size_of_fn(text, i);
            totals[v].0 += lines;
            totals[v].1 += bytes;
            out += &format!(" {lines} ({bytes} B) |");
        }
        out += "\n";
    }
    out += "| all nine |";
    for (lines, bytes) in totals {
        out += &format!(" {lines} ({bytes} B) |");
    }
    out += "\n";
    out
}
