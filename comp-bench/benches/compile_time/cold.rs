//! The cold-build table: wall time from an empty target folder to a binary
//! with one list comprehension, the three crates of `comp-bench/coldbuild/`
//! (no macro crate, `comp!`, `better_comprehension`'s `vector!`), and
//! `cargo build --timings`' account of where the `comp!` build spends it.

use std::fs;
use std::path::Path;
use std::time::Instant;

use comp_bench::format_ns;
use serde_json::Value;

use super::{cargo, median};

/// The crates of `comp-bench/coldbuild/`: folder and label.
const VARIANTS: [(&str, &str); 3] = [
    (
        "plain",
        "no macro crate (`iter().filter().map().collect()`)",
    ),
    ("comp", "`comp!`"),
    ("better", "better_comprehension `vector!`"),
];

/// One build from an empty `target`: the wall time in seconds and the
/// crates compiled.
fn cold_build(project: &Path, target: &Path, release: bool, timings: bool) -> (f64, usize) {
    let _ = fs::remove_dir_all(target);
    let mut command = cargo();
    command
        .current_dir(project)
        .arg("build")
        .env("CARGO_TARGET_DIR", target);
    if release {
        command.arg("--release");
    }
    if timings {
        command.arg("--timings");
    }
    let start = Instant::now();
    let output = command.output().expect("run cargo");
    let seconds = start.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "cold build of {} failed:\n{stderr}",
        project.display()
    );
    let crates = stderr
        .lines()
        .filter(|l| l.trim_start().starts_with("Compiling "))
        .count();
    (seconds, crates)
}

/// Where the time of a cold `cargo build` of `variant` goes, read from
/// `cargo build --timings`: one row per compiled unit, slowest first.
fn timings(coldbuild: &Path, base: &Path, variant: &str) -> String {
    let target = base.join(format!("{variant}-timings"));
    let (wall, _) = cold_build(&coldbuild.join(variant), &target, false, true);
    let html = fs::read_to_string(target.join("cargo-timings/cargo-timing.html"))
        .expect("cargo build --timings writes cargo-timing.html");
    let Some(units) = unit_data(&html) else {
        return "(could not read `UNIT_DATA` from cargo-timing.html)\n".to_owned();
    };
    let mut rows: Vec<_> = units.iter().map(Unit::from).collect();
    rows.sort_by(|a, b| b.duration.total_cmp(&a.duration));
    let mut out = format!(
        "`cargo build --timings` of `coldbuild/{variant}` from an empty target folder \
         (debug, wall {}): each compiled unit, its start, its duration, and the \
         frontend (parsing, macro expansion, type checking) / codegen split cargo reports \
         (build scripts and proc-macro crates are not split).\n\n\
         | unit | start | duration | frontend | codegen |\n\
         | --- | ---: | ---: | ---: | ---: |\n",
        format_ns(wall * 1e9),
    );
    for unit in rows {
        let split = |s: Option<f64>| s.map_or_else(String::new, |s| format_ns(s * 1e9));
        out += &format!(
            "| {} | {} | {} | {} | {} |\n",
            unit.name,
            format_ns(unit.start * 1e9),
            format_ns(unit.duration * 1e9),
            split(unit.frontend),
            split(unit.codegen),
        );
    }
    out
}

/// The `UNIT_DATA` array of cargo's timing report.
fn unit_data(html: &str) -> Option<Vec<Value>> {
    let start = html.find("const UNIT_DATA = ")? + "const UNIT_DATA = ".len();
    let end = start + html[start..].find("\n];")? + 2;
    serde_json::from_str(&html[start..end]).ok()
}

struct Unit {
    name: String,
    start: f64,
    duration: f64,
    frontend: Option<f64>,
    codegen: Option<f64>,
}

impl From<&Value> for Unit {
    fn from(unit: &Value) -> Self {
        let text = |key: &str| unit[key].as_str().unwrap_or_default().trim().to_owned();
        let target = text("target");
        let name = if target.is_empty() {
            text("name")
        } else {
            format!("{} ({target})", text("name"))
        };
        let section = |name: &str| {
            let sections = unit["sections"].as_array()?;
            let span = sections.iter().find(|s| s[0] == name)?;
            Some(span[1]["end"].as_f64()? - span[1]["start"].as_f64()?)
        };
        Unit {
            name,
            start: unit["start"].as_f64().unwrap_or_default(),
            duration: unit["duration"].as_f64().unwrap_or_default(),
            frontend: section("frontend"),
            codegen: section("codegen"),
        }
    }
}

/// The cold-build tables: `rounds` builds of each crate from an empty
/// target folder under `base`, debug and release, the crates interleaved;
/// then `--timings` of the `comp!` crate and of `better_comprehension`'s.
pub fn run(coldbuild: &Path, base: &Path, rounds: usize) -> String {
    for (variant, _) in VARIANTS {
        // Downloads are not what is timed: fetch first.
        let fetched = cargo()
            .current_dir(coldbuild.join(variant))
            .arg("fetch")
            .status()
            .expect("run cargo fetch");
        assert!(
            fetched.success(),
            "cargo fetch in coldbuild/{variant} failed"
        );
    }
    let mut times = vec![[Vec::new(), Vec::new()]; VARIANTS.len()];
    let mut crates = [0; VARIANTS.len()];
    for (p, release) in [false, true].into_iter().enumerate() {
        for _ in 0..rounds {
            for (v, (variant, _)) in VARIANTS.iter().enumerate() {
                let target = base.join(format!("{variant}-{}", ["debug", "release"][p]));
                let (seconds, n) = cold_build(&coldbuild.join(variant), &target, release, false);
                times[v][p].push(seconds);
                crates[v] = n;
            }
        }
    }
    let mut out = format!(
        "Wall time of `cargo build` from an empty target folder to the binary of \
         `comp-bench/coldbuild/<crate>` (one `main.rs` with one list comprehension; \
         dependencies already downloaded, `cargo fetch`), median of {rounds} rounds, \
         the crates interleaved; target folders under `{}`.\n\n\
         | crate | crates compiled | debug | release |\n\
         | --- | ---: | ---: | ---: |\n",
        base.display()
    );
    for (v, (_, label)) in VARIANTS.iter().enumerate() {
        let [debug, release] = times[v].clone().map(median);
        out += &format!(
            "| {label} | {} | {} | {} |\n",
            crates[v],
            format_ns(debug * 1e9),
            format_ns(release * 1e9)
        );
    }
    for variant in ["comp", "better"] {
        out += "\n";
        out += &timings(coldbuild, base, variant);
    }
    out
}
