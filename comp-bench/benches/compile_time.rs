//! Compile time of 300 comprehensions of mixed forms, written four ways:
//! `comp!`, hand loops, iterator chains and `better_comprehension`.
//!
//! Generates four tiny crates (one `src/lib.rs` of 300 functions each) in a
//! workspace of their own under `<target>/tmp/compile-time/`, builds their
//! dependencies once, then times `cargo build -p <crate>` (debug and
//! release) after touching `src/lib.rs`, five rounds with the four crates
//! interleaved, and prints the medians and their ratios to the hand loops
//! and to the iterator chains. Then, in sections of their own (each can be
//! run alone by naming it: `-- time_passes`):
//!
//! - `time_passes`: the same crates per compiler pass, and the lines each
//!   form expands to (`passes.rs`);
//! - `cold_build`: from an empty target folder to a binary with one
//!   comprehension, `comp!` beside `better_comprehension` and no macro
//!   crate (`cold.rs`, the crates of `comp-bench/coldbuild/`). Target
//!   folders under `$COMP_COLDBUILD_DIR` (default `<target>/tmp/coldbuild`),
//!   `$COMP_COLDBUILD_ROUNDS` rounds (default 3).
//!
//! `cargo bench -p comp-bench --bench compile_time`, or
//! `comp-bench/compile_time.sh`; see `BENCHMARKS.md`.

#[path = "compile_time/cold.rs"]
mod cold;
#[path = "compile_time/passes.rs"]
mod passes;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime};

use comp_bench::format_ns;

const FUNCTIONS: usize = 300;
/// Timed builds per crate: debug builds are short and noisier.
const ROUNDS: [usize; 2] = [5, 5];

/// One form: its return type and its body written four ways, with `K`
/// standing for a constant that differs per function (so that no two
/// functions are the same) and `v: &[u64]` the input.
struct Form {
    ret: &'static str,
    comp: &'static str,
    loops: &'static str,
    iter: &'static str,
    better: &'static str,
    /// Candidate A: what `comp!` would emit with loops for dict and set and
    /// no closure around an infallible loop (lists keep `collect`).
    loop_sets: &'static str,
    /// Candidate B: candidate A with every eager list as a loop too.
    all_loops: &'static str,
}

const FORMS: [Form; 9] = [
    Form {
        ret: "Vec<u64>",
        comp: "comp![x * K + 1 for x in v]",
        loops: "let mut out = Vec::with_capacity(v.len()); for x in v { out.push(x * K + 1); } out",
        iter: "v.iter().map(|x| x * K + 1).collect()",
        better: "vector![x * K + 1 for x in v.iter()]",
        loop_sets: "Iterator::collect::<Vec<_>>(Iterator::map(IntoIterator::into_iter(v), |x| { x * K + 1 }))",
        all_loops: "{ let iter = IntoIterator::into_iter(v); let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0); for x in iter { Vec::push(&mut out, x * K + 1); } out }",
    },
    Form {
        ret: "Vec<u64>",
        comp: "comp![x * K for x in v if x % K != 0]",
        loops: "let mut out = Vec::new(); for x in v { if x % K != 0 { out.push(x * K); } } out",
        iter: "v.iter().filter(|x| *x % K != 0).map(|x| x * K).collect()",
        better: "vector![x * K for x in v.iter() if x % K != 0]",
        loop_sets: "{ let mut out = Vec::new(); for x in v { if x % K != 0 { Vec::push(&mut out, x * K); } } out }",
        all_loops: "{ let mut out = Vec::new(); for x in v { if x % K != 0 { Vec::push(&mut out, x * K); } } out }",
    },
    Form {
        ret: "Vec<u64>",
        comp: "comp![x + y * K for x in v for y in 0..x % 4]",
        loops: "let mut out = Vec::new(); for x in v { for y in 0..x % 4 { out.push(x + y * K); } } out",
        iter: "v.iter().flat_map(|x| (0..x % 4).map(move |y| x + y * K)).collect()",
        better: "vector![x + y * K for x in v.iter() for y in 0..x % 4]",
        loop_sets: "{ let mut out = Vec::new(); for x in v { for y in 0..x % 4 { Vec::push(&mut out, x + y * K); } } out }",
        all_loops: "{ let mut out = Vec::new(); for x in v { for y in 0..x % 4 { Vec::push(&mut out, x + y * K); } } out }",
    },
    Form {
        ret: "HashMap<u64, u64>",
        comp: "comp!({*x: x * K for x in v})",
        loops: "let mut out = HashMap::with_capacity(v.len()); for x in v { out.insert(*x, x * K); } out",
        iter: "v.iter().map(|x| (*x, x * K)).collect()",
        better: "hash_map!{*x => x * K for x in v.iter()}",
        loop_sets: "{ let iter = IntoIterator::into_iter(v); let mut out = HashMap::with_capacity(Iterator::size_hint(&iter).0); for x in iter { HashMap::insert(&mut out, *x, x * K); } out }",
        all_loops: "{ let iter = IntoIterator::into_iter(v); let mut out = HashMap::with_capacity(Iterator::size_hint(&iter).0); for x in iter { HashMap::insert(&mut out, *x, x * K); } out }",
    },
    Form {
        ret: "HashSet<u64>",
        comp: "comp!({x % K for x in v})",
        loops: "let mut out = HashSet::with_capacity(v.len()); for x in v { out.insert(x % K); } out",
        iter: "v.iter().map(|x| x % K).collect()",
        better: "hash_set!{x % K for x in v.iter()}",
        loop_sets: "{ let iter = IntoIterator::into_iter(v); let mut out = HashSet::with_capacity(Iterator::size_hint(&iter).0); for x in iter { HashSet::insert(&mut out, x % K); } out }",
        all_loops: "{ let iter = IntoIterator::into_iter(v); let mut out = HashSet::with_capacity(Iterator::size_hint(&iter).0); for x in iter { HashSet::insert(&mut out, x % K); } out }",
    },
    Form {
        ret: "Vec<u64>",
        comp: "comp![y + K for x in v let y = x * 3]",
        loops: "let mut out = Vec::with_capacity(v.len()); for x in v { let y = x * 3; out.push(y + K); } out",
        iter: "v.iter().map(|x| { let y = x * 3; y + K }).collect()",
        better: "vector![y + K for x in v.iter() let y = x * 3]",
        loop_sets: "Iterator::collect::<Vec<_>>(Iterator::map(IntoIterator::into_iter(v), |x| { let y = x * 3; y + K }))",
        all_loops: "{ let iter = IntoIterator::into_iter(v); let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0); for x in iter { let y = x * 3; Vec::push(&mut out, y + K); } out }",
    },
    Form {
        ret: "Vec<u64>",
        comp: "comp![x * K if x % 2 == 0 else x + K for x in v]",
        loops: "let mut out = Vec::with_capacity(v.len()); \
                for x in v { if x % 2 == 0 { out.push(x * K); } else { out.push(x + K); } } out",
        iter: "v.iter().map(|x| if x % 2 == 0 { x * K } else { x + K }).collect()",
        better: "vector![x * K if x % 2 == 0 else x + K for x in v.iter()]",
        loop_sets: "Iterator::collect::<Vec<_>>(Iterator::map(IntoIterator::into_iter(v), |x| { if x % 2 == 0 { x * K } else { x + K } }))",
        all_loops: "{ let iter = IntoIterator::into_iter(v); let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0); for x in iter { Vec::push(&mut out, if x % 2 == 0 { x * K } else { x + K }); } out }",
    },
    Form {
        ret: "Result<Vec<u32>, TryFromIntError>",
        comp: "comp![u32::try_from(x * K)? for x in v]",
        loops: "let mut out = Vec::with_capacity(v.len()); \
                for x in v { out.push(u32::try_from(x * K)?); } Ok(out)",
        iter: "v.iter().map(|x| u32::try_from(x * K)).collect()",
        better: "Ok(vector![u32::try_from(x * K)? for x in v.iter()])",
        loop_sets: "(|| { let iter = IntoIterator::into_iter(v); let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0); for x in iter { Vec::push(&mut out, match u32::try_from(x * K) { Ok(y) => y, Err(e) => return Err(e) }); } Ok(out) })()",
        all_loops: "(|| { let iter = IntoIterator::into_iter(v); let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0); for x in iter { Vec::push(&mut out, match u32::try_from(x * K) { Ok(y) => y, Err(e) => return Err(e) }); } Ok(out) })()",
    },
    Form {
        ret: "u64",
        comp: "comp!((x * K for x in v if x % 3 == 0)).sum()",
        loops: "let mut total = 0; for x in v { if x % 3 == 0 { total += x * K; } } total",
        iter: "v.iter().filter(|x| *x % 3 == 0).map(|x| x * K).sum()",
        better: "iterator_ref![x * K for x in v if x % 3 == 0].sum()",
        loop_sets: "Iterator::sum(Iterator::filter_map(IntoIterator::into_iter(v), |x| { if x % 3 == 0 { return Some(x * K); } None }))",
        all_loops: "Iterator::sum(Iterator::filter_map(IntoIterator::into_iter(v), |x| { if x % 3 == 0 { return Some(x * K); } None }))",
    },
];

/// A variant: the crate name, its dependency lines, its imports, and how a
/// form is written in it.
struct Variant {
    name: &'static str,
    label: &'static str,
    deps: &'static str,
    imports: &'static str,
    body: fn(&Form) -> &'static str,
}

const VARIANTS: [Variant; 6] = [
    Variant {
        name: "ct_loops",
        label: "hand loops",
        deps: "",
        imports: "",
        body: |f| f.loops,
    },
    Variant {
        name: "ct_iter",
        label: "iterator chains",
        deps: "",
        imports: "",
        body: |f| f.iter,
    },
    Variant {
        name: "ct_comp",
        label: "`comp!`",
        deps: "comprehensions = { path = \"@COMP@\" }",
        imports: "use comprehensions::comp;",
        body: |f| f.comp,
    },
    Variant {
        name: "ct_better",
        label: "better_comprehension",
        deps: "better_comprehension = \"3\"",
        imports: "use better_comprehension::{hash_map, hash_set, iterator_ref, vector};",
        body: |f| f.better,
    },
    Variant {
        name: "ct_cand_a",
        label: "*candidate A:* `comp!` with loops for dict/set, no closure around infallible loops",
        deps: "",
        imports: "",
        body: |f| f.loop_sets,
    },
    Variant {
        name: "ct_cand_b",
        label: "*candidate B:* A with every eager list as a loop (no `collect`)",
        deps: "",
        imports: "",
        body: |f| f.all_loops,
    },
];

/// The 300 functions of one variant.
fn source(variant: &Variant) -> String {
    let mut out = format!(
        "//! Generated by comp-bench/benches/compile_time.rs: {FUNCTIONS} comprehensions \
         as {}.\n#![allow(clippy::all)]\n\
         use std::collections::{{HashMap, HashSet}};\nuse std::num::TryFromIntError;\n{}\n",
        variant.label, variant.imports
    );
    for i in 0..FUNCTIONS {
        let form = &FORMS[i % FORMS.len()];
        let body = (variant.body)(form).replace('K', &(i + 2).to_string());
        out += &format!(
            "\npub fn f{i}(v: &[u64]) -> {} {{\n    {body}\n}}\n",
            form.ret
        );
    }
    out
}

/// Writes the workspace of the four crates; returns its path.
fn generate(root: &Path, comp: &Path, lock: &Path) -> PathBuf {
    let dir = root.join("compile-time");
    let members: Vec<String> = VARIANTS.iter().map(|v| format!("\"{}\"", v.name)).collect();
    write(
        &dir.join("Cargo.toml"),
        &format!(
            "[workspace]\nmembers = [{}]\nresolver = \"2\"\n",
            members.join(", ")
        ),
    );
    // The main workspace's lock file, so that shared dependencies resolve
    // to the same versions (cargo drops the entries it does not need).
    if !dir.join("Cargo.lock").exists() {
        fs::copy(lock, dir.join("Cargo.lock")).expect("copy Cargo.lock");
    }
    for variant in &VARIANTS {
        let deps = variant.deps.replace("@COMP@", &comp.display().to_string());
        let manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{deps}\n",
            variant.name
        );
        write(&dir.join(variant.name).join("Cargo.toml"), &manifest);
        write(&dir.join(variant.name).join("src/lib.rs"), &source(variant));
    }
    dir
}

/// Writes `text` to `path` unless it already holds it (keeps mtimes, so
/// that a second run does not rebuild for nothing).
fn write(path: &Path, text: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    fs::create_dir_all(path.parent().expect("a parent")).expect("create the folder");
    fs::write(path, text).expect("write a generated file");
}

/// The `cargo` running this bench, without the jobserver of the `cargo
/// bench` around it (each timed build gets the whole machine).
fn cargo() -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .env_remove("CARGO_MAKEFLAGS")
        .env_remove("MAKEFLAGS")
        .env_remove("MFLAGS");
    command
}

/// `cargo build -p <name>` in `dir`, with its own target folder; the wall
/// time in seconds.
fn build(dir: &Path, name: &str, release: bool) -> f64 {
    let mut command = cargo();
    command
        .current_dir(dir)
        .args(["build", "--quiet", "-p", name])
        .env("CARGO_TARGET_DIR", dir.join("target"))
        // A touch changes no byte, so an incremental debug build would
        // reuse everything: compile the file in full, as release does.
        .env("CARGO_INCREMENTAL", "0");
    if release {
        command.arg("--release");
    }
    let start = Instant::now();
    let output = command.output().expect("run cargo");
    let seconds = start.elapsed().as_secs_f64();
    assert!(
        output.status.success(),
        "cargo build -p {name} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    seconds
}

/// Marks `src/lib.rs` of `name` as changed, as an edit would.
fn touch(dir: &Path, name: &str) {
    let file = fs::File::options()
        .append(true)
        .open(dir.join(name).join("src/lib.rs"))
        .expect("open lib.rs");
    file.set_modified(SystemTime::now()).expect("touch lib.rs");
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Whether section `name` runs: `cargo bench` passes `--bench`; a name
/// filter that matches none of our sections skips them all.
fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty()
        || filters
            .iter()
            .any(|f| name.contains(f.as_str()) || "compile_time".contains(f.as_str()))
}

fn main() {
    let started = Instant::now();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let comp = manifest.parent().expect("comp-bench is in the workspace");
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = generate(tmp, comp, &comp.join("Cargo.lock"));
    let mut text = String::new();
    if selected("compile_time_300") {
        text += &compile_time(&dir);
    }
    if selected("time_passes") {
        let variants = [&VARIANTS[0], &VARIANTS[1], &VARIANTS[2], &VARIANTS[3]];
        text += "\n";
        text += &passes::time_passes(&dir, &variants, 3);
        text += "\n";
        text += &passes::expanded_sizes(&dir, &variants[..3]);
    }
    if selected("cold_build") {
        let base = std::env::var_os("COMP_COLDBUILD_DIR")
            .map_or_else(|| tmp.join("coldbuild"), PathBuf::from);
        let rounds = std::env::var("COMP_COLDBUILD_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(3);
        text += "\n";
        text += &cold::run(&manifest.join("coldbuild"), &base, rounds);
    }
    if text.is_empty() {
        return;
    }
    text += &format!(
        "\nTotal for this benchmark, dependency builds included: {:.0} s.\n",
        started.elapsed().as_secs_f64()
    );
    println!("{text}");
    let report = tmp.join("../comp-bench/compile_time.md");
    if let Err(error) = fs::create_dir_all(report.parent().expect("a parent"))
        .and_then(|()| fs::write(&report, &text))
    {
        eprintln!("compile_time: could not save the report: {error}");
    }
}

/// The main table: the 300-function crates, debug and release.
fn compile_time(dir: &Path) -> String {
    let mut text = format!(
        "{FUNCTIONS} functions, one comprehension each, cycling through {} forms \
         (list map, filter, dependent nested, dict, set, `let`, conditional element, `?`, \
         lazy + `sum`); generated into `{}`. Wall time of `cargo build -p <crate>` after \
         touching its `src/lib.rs` (`CARGO_INCREMENTAL=0`: the whole file is compiled), \
         dependencies already built; median of {} (debug) and {} (release) rounds, \
         the crates interleaved in each round.\n\n\
         | crate | debug | ÷ hand loops | ÷ iterator chains | release | ÷ hand loops | ÷ iterator chains |\n\
         | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n",
        FORMS.len(),
        dir.display(),
        ROUNDS[0],
        ROUNDS[1],
    );
    let mut medians = [[0.0; 2]; VARIANTS.len()];
    let mut no_op = [0.0; 2];
    for (p, release) in [false, true].into_iter().enumerate() {
        for variant in &VARIANTS {
            build(dir, variant.name, release); // dependencies, and a warm cache
        }
        let mut times = vec![Vec::new(); VARIANTS.len()];
        for _ in 0..ROUNDS[p] {
            for (v, variant) in VARIANTS.iter().enumerate() {
                touch(dir, variant.name);
                times[v].push(build(dir, variant.name, release));
            }
        }
        for (v, t) in times.into_iter().enumerate() {
            medians[v][p] = median(t);
        }
        no_op[p] = median(
            (0..3)
                .map(|_| build(dir, VARIANTS[0].name, release))
                .collect(),
        );
    }
    for (v, variant) in VARIANTS.iter().enumerate() {
        let [debug, release] = medians[v];
        text += &format!(
            "| {} | {} | {:.2} | {:.2} | {} | {:.2} | {:.2} |\n",
            variant.label,
            format_ns(debug * 1e9),
            debug / medians[0][0],
            debug / medians[1][0],
            format_ns(release * 1e9),
            release / medians[0][1],
            release / medians[1][1],
        );
    }
    text += &format!(
        "| *(no-op `cargo build`, nothing touched)* | {} | | | {} | | |\n",
        format_ns(no_op[0] * 1e9),
        format_ns(no_op[1] * 1e9),
    );
    text
}
