//! Paths and configuration translated from pathlib, os.path, fnmatch,
//! configparser, argparse, os.environ, shlex, pip's requirement parsing and
//! black's line checks, over `Path`/`PathBuf`, `Option` chains and owned
//! `String` data. 48 comprehensions here; 2 more that fail today are in
//! failing/paths_config.rs.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use comprehensions::comp;

fn files() -> Vec<String> {
    [
        "src/main.rs",
        "src/lib.rs",
        "README.md",
        "docs/guide.md",
        "build.rs",
        "tests/a_test.rs",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

const INI: &str = "[server]\nhost = example.com\nport = 8080\ndebug = yes\n\n[client]\ntimeout = 30\nretries = 3\n";

fn hm<K: std::hash::Hash + Eq, V>(v: impl IntoIterator<Item = (K, V)>) -> HashMap<K, V> {
    v.into_iter().collect()
}

/// A tiny configparser: section -> ordered (key, value) pairs.
fn parse_ini(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out: Vec<(String, Vec<(String, String)>)> = vec![];
    for line in text.lines() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((name.to_string(), vec![]));
        } else if let Some((k, v)) = line.split_once('=') {
            out.last_mut()
                .unwrap()
                .1
                .push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

// pathlib: [f for f in files if Path(f).suffix == '.rs']
#[test]
fn pathlib_suffix_filter() {
    let files = files();
    let rs =
        comp![f.as_str() for f in &files if Path::new(f).extension().is_some_and(|e| e == "rs")];
    assert_eq!(
        rs,
        vec!["src/main.rs", "src/lib.rs", "build.rs", "tests/a_test.rs"]
    );
}

// [Path(f).stem for f in files]
#[test]
fn pathlib_stems() {
    let files = files();
    let stems = comp![Path::new(f).file_stem().unwrap().to_str().unwrap() for f in &files];
    assert_eq!(
        stems,
        vec!["main", "lib", "README", "guide", "build", "a_test"]
    );
}

// sorted({str(Path(f).parent) for f in files})
#[test]
fn pathlib_parents_set() {
    let files = files();
    let parents = comp!({Path::new(f).parent().unwrap().to_path_buf() for f in &files});
    let expected: HashSet<PathBuf> = ["", "docs", "src", "tests"]
        .iter()
        .map(PathBuf::from)
        .collect();
    assert_eq!(parents, expected);
}

// {Path(f).suffix: f for f in files}  -- last wins
#[test]
fn pathlib_by_suffix_last_wins() {
    let files = files();
    let by = comp!({Path::new(&f).extension().unwrap().to_str().unwrap().to_string(): f.clone() for f in &files});
    assert_eq!(
        by,
        hm([
            ("rs".to_string(), "tests/a_test.rs".to_string()),
            ("md".to_string(), "docs/guide.md".to_string())
        ])
    );
}

// [p.suffix for p in paths] with ? on the Option chain: all-or-nothing
#[test]
fn pathlib_extensions_option_try() {
    let files = files();
    let exts = comp![Path::new(f).extension()?.to_str()? for f in &files];
    assert_eq!(exts, Some(vec!["rs", "rs", "md", "md", "rs", "rs"]));
    let none = comp![Path::new(f).extension()?.to_str()? for f in ["a.rs", "Makefile"]];
    assert_eq!(none, None);
}

// fnmatch.filter(files, '*_test.rs')
#[test]
fn fnmatch_filter() {
    let files = files();
    assert_eq!(
        comp![f for f in files if f.ends_with("_test.rs")],
        vec!["tests/a_test.rs"]
    );
}

// [os.path.join(root, f) for f in files[:2]]
#[test]
fn os_path_join() {
    let root = PathBuf::from("/root");
    let joined = comp![root.join(f) for f in files().iter().take(2)];
    assert_eq!(
        joined,
        vec![
            PathBuf::from("/root/src/main.rs"),
            PathBuf::from("/root/src/lib.rs")
        ]
    );
}

// [part for f in files[:2] for part in Path(f).parts]
#[test]
fn pathlib_parts_flatten() {
    let files = files();
    let parts = comp![part.as_os_str().to_str().unwrap() for f in &files[..2] for part in Path::new(f).components()];
    assert_eq!(parts, vec!["src", "main.rs", "src", "lib.rs"]);
}

// [os.path.splitext(f)[1] for f in files if '.' in f]
#[test]
fn os_path_splitext() {
    let files = files();
    let exts = comp![&f[i..] for f in &files if let Some(i) = f.rfind('.')];
    assert_eq!(exts, vec![".rs", ".rs", ".md", ".md", ".rs", ".rs"]);
}

// {f: len(Path(f).parts) for f in files if len(Path(f).parts) > 1}
#[test]
fn pathlib_depth_walrus() {
    let files = files();
    let depth =
        comp!({f.as_str(): n for f in &files if (n := Path::new(f).components().count()) > 1});
    assert_eq!(
        depth,
        hm([
            ("src/main.rs", 2),
            ("src/lib.rs", 2),
            ("docs/guide.md", 2),
            ("tests/a_test.rs", 2)
        ])
    );
}

// [os.path.basename(f).upper() for f in files[:3]]
#[test]
fn os_path_basename_upper() {
    let out = comp![Path::new(&f).file_name().unwrap().to_string_lossy().to_uppercase() for f in files().into_iter().take(3)];
    assert_eq!(out, vec!["MAIN.RS", "LIB.RS", "README.MD"]);
}

// [str(Path(f).relative_to("src")) for f in files if f.startswith("src/")]
#[test]
fn pathlib_relative_to() {
    let files = files();
    let rel =
        comp![p.to_str().unwrap() for f in &files if let Ok(p) = Path::new(f).strip_prefix("src")];
    assert_eq!(rel, vec!["main.rs", "lib.rs"]);
}

// [str(Path(f).with_suffix('.bak')) for f in files[:2]]
#[test]
fn pathlib_with_suffix() {
    let out = comp![Path::new(f).with_extension("bak") for f in &files()[..2]];
    assert_eq!(
        out,
        vec![PathBuf::from("src/main.bak"), PathBuf::from("src/lib.bak")]
    );
}

// [name for f in files if (name := Path(f).name).startswith('b')]
#[test]
fn pathlib_name_walrus() {
    let files = files();
    let names = comp![name for f in &files if (name := Path::new(f).file_name().unwrap().to_str().unwrap()).starts_with('b')];
    assert_eq!(names, vec!["build.rs"]);
}

// configparser: [s for s in cp.sections()]; {k: v for k, v in cp.items('server')}
#[test]
fn configparser_sections_and_items() {
    let cp = parse_ini(INI);
    assert_eq!(
        comp![s.as_str() for (s, _) in &cp],
        vec!["server", "client"]
    );
    let server = comp!({k.as_str(): v.as_str() for (k, v) in &cp[0].1});
    assert_eq!(
        server,
        hm([("host", "example.com"), ("port", "8080"), ("debug", "yes")])
    );
}

// {(s, k): v for s in cp.sections() for k, v in cp.items(s)}
#[test]
fn configparser_all_items() {
    let cp = parse_ini(INI);
    let all =
        comp!({(s.as_str(), k.as_str()): v.as_str() for (s, items) in &cp for (k, v) in items});
    assert_eq!(all.len(), 5);
    assert_eq!(all[&("client", "retries")], "3");
    // owned: consume the parsed sections
    let owned = comp!({(s.clone(), k): v for (s, items) in parse_ini(INI) for (k, v) in items});
    assert_eq!(owned[&("server".to_string(), "port".to_string())], "8080");
}

// {k: int(v) for k, v in cp.items('client')}  (ValueError propagates)
#[test]
fn configparser_getint() {
    let cp = parse_ini(INI);
    let client = comp!({k.as_str(): v.parse::<u32>()? for (k, v) in &cp[1].1});
    assert_eq!(client, Ok(hm([("timeout", 30), ("retries", 3)])));
    let server = comp!({k.as_str(): v.parse::<u32>()? for (k, v) in &cp[0].1});
    assert!(server.is_err());
}

// RawConfigParser.BOOLEAN_STATES: [v.lower() in ('1', 'yes', 'true', 'on') for v in vals]
#[test]
fn configparser_getboolean() {
    let vals = ["yes", "off", "True"];
    let out = comp![["1", "yes", "true", "on"].contains(&v.to_lowercase().as_str()) for v in vals];
    assert_eq!(out, vec![true, false, true]);
}

// hand parsing: [l[1:-1] for l in lines if l.startswith('[') and l.endswith(']')]
#[test]
fn configparser_section_headers_raw() {
    let heads =
        comp![&l[1..l.len() - 1] for l in INI.lines() if l.starts_with('[') && l.ends_with(']')];
    assert_eq!(heads, vec!["server", "client"]);
}

// [tuple(x.strip() for x in l.split('=', 1)) for l in lines if '=' in l][:2]
#[test]
fn configparser_kv_pairs_raw() {
    let kv =
        comp![(k.trim(), v.trim()) for l in INI.lines() if let Some((k, v)) = l.split_once('=')];
    assert_eq!(&kv[..2], &[("host", "example.com"), ("port", "8080")]);
    // {k.strip(): v.strip() for l in lines if '=' in l for k, v in [l.split('=', 1)]}
    let d = comp!({k.trim(): v.trim() for l in INI.lines() if l.contains('=') for (k, v) in l.split_once('=').into_iter()});
    assert_eq!(d.len(), 5);
    assert_eq!(d["timeout"], "30");
}

// argparse: [o for pair in actions for o in pair if o.startswith('--')]
#[test]
fn argparse_option_strings() {
    let actions = vec![("--verbose", "-v"), ("--output", "-o"), ("--help", "-h")];
    let longs = comp![o for (l, s) in &actions for o in [*l, *s] if o.starts_with("--")];
    assert_eq!(longs, vec!["--verbose", "--output", "--help"]);
    // {o[0] for pair in actions for o in pair}
    let prefix = comp!({o.chars().next().unwrap() for (l, s) in &actions for o in [l, s]});
    assert_eq!(prefix, HashSet::from(['-']));
}

// {a[2:].split('=')[0]: a.split('=')[1] for a in argv if a.startswith('--') and '=' in a}
#[test]
fn argparse_long_kv() {
    let argv: Vec<String> = ["--name=x", "-v", "file.txt", "--level=3"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let kv = comp!({k: v for a in &argv if let Some(rest) = a.strip_prefix("--") if let Some((k, v)) = rest.split_once('=')});
    assert_eq!(kv, hm([("name", "x"), ("level", "3")]));
    // [a for a in argv if not a.startswith('-')]
    assert_eq!(
        comp![a for a in argv if !a.starts_with('-')],
        vec!["file.txt".to_string()]
    );
}

// argparse._check_value: ["invalid choice: %r" % c for c in values if c not in choices]
#[test]
fn argparse_invalid_choices() {
    let choices = ["red", "green"];
    let errs =
        comp![format!("invalid choice: {c:?}") for c in ["red", "pink"] if !choices.contains(&c)];
    assert_eq!(errs, vec!["invalid choice: \"pink\""]);
}

// os.environ: [d for d in os.environ["PATH"].split(os.pathsep) if d]
#[test]
fn os_environ_path() {
    let env: HashMap<&str, String> = hm([
        ("PATH", "/usr/bin:/bin:".to_string()),
        ("HOME", "/home/u".to_string()),
        ("LANG", "C".to_string()),
    ]);
    assert_eq!(
        comp![d for d in env["PATH"].split(':') if !d.is_empty()],
        vec!["/usr/bin", "/bin"]
    );
    // sorted(k for k in os.environ if k.startswith('H') or k.startswith('L'))
    let mut ks: Vec<&str> =
        comp!((*k for k in env.keys() if k.starts_with('H') || k.starts_with('L'))).collect();
    ks.sort();
    assert_eq!(ks, vec!["HOME", "LANG"]);
    // [f"{k}={quote(v)}" for k, v in sorted(env.items()) if k != 'PATH']
    let sorted: BTreeMap<_, _> = env.iter().collect();
    assert_eq!(
        comp![format!("{k}={v}") for (k, v) in sorted if *k != "PATH"],
        vec!["HOME=/home/u", "LANG=C"]
    );
}

const REQS: &str = "requests>=2.0\n# comment\nflask==2.3.1  \n-e git+https://x\nnumpy\n";

// pip: [l.strip() for l in reqs.splitlines() if l.strip() and not l.startswith(('#', '-'))]
#[test]
fn pip_requirements_lines() {
    let reqs = REQS.to_string();
    let lines =
        comp![l.trim() for l in reqs.lines() if !l.trim().is_empty() && !l.starts_with(['#', '-'])];
    assert_eq!(lines, vec!["requests>=2.0", "flask==2.3.1", "numpy"]);
    let names =
        comp![l.split("==").next().unwrap().split(">=").next().unwrap().trim() for l in lines];
    assert_eq!(names, vec!["requests", "flask", "numpy"]);
}

// {n: v for l in reqs.splitlines() if '==' in l for n, v in [l.strip().split('==')]}
#[test]
fn pip_pinned_versions() {
    let pins = comp!({n: v for l in REQS.lines() if let Some((n, v)) = l.trim().split_once("==")});
    assert_eq!(pins, hm([("flask", "2.3.1")]));
}

// pip freeze: {name.lower(): version for name, version in dists}
#[test]
fn pip_freeze_lowercase_names() {
    struct Dist {
        name: String,
        version: String,
    }
    let dists = vec![
        Dist {
            name: "Flask".into(),
            version: "2.3.1".into(),
        },
        Dist {
            name: "requests".into(),
            version: "2.31".into(),
        },
    ];
    let d = comp!({d.name.to_lowercase(): d.version for d in dists});
    assert_eq!(
        d,
        hm([
            ("flask".to_string(), "2.3.1".to_string()),
            ("requests".to_string(), "2.31".to_string())
        ])
    );
}

// [a for a in shlex.split(cmd) if a.startswith('-')]
#[test]
fn shlex_split_flags() {
    let cmd = "cc -O2 my_file.c -o out";
    assert_eq!(
        comp![a for a in cmd.split_whitespace() if a.starts_with('-')],
        vec!["-O2", "-o"]
    );
}

// os.walk: [f"{d}/{f}" for d, fs in sorted(tree.items()) for f in fs if f.endswith('.rs')]
#[test]
fn os_walk_rs_files() {
    let tree: BTreeMap<&str, Vec<&str>> = [
        ("src", vec!["a.rs", "b.py"]),
        ("lib", vec!["c.rs"]),
        ("empty", vec![]),
    ]
    .into_iter()
    .collect();
    let found = comp![format!("{d}/{f}") for (d, fs) in &tree for f in fs if f.ends_with(".rs")];
    assert_eq!(found, vec!["lib/c.rs", "src/a.rs"]);
    // {d: len(fs) for d, fs in tree.items() if fs}
    assert_eq!(
        comp!({*d: fs.len() for (d, fs) in &tree if !fs.is_empty()}),
        hm([("src", 2), ("lib", 1)])
    );
}

// black: [i + 1 for i, l in enumerate(src) if len(l) > 88]
#[test]
fn black_line_too_long() {
    let src = [
        "x = 1".to_string(),
        format!("y = {}", "a".repeat(90)),
        "def f(): pass".to_string(),
    ];
    assert_eq!(
        comp![i + 1 for (i, l) in src.iter().enumerate() if l.len() > 88],
        vec![2]
    );
}

// [f for f in os.listdir() if not f.startswith('.')]
#[test]
fn listdir_hide_dotfiles() {
    let listing = vec![".git", "a.py", ".env", "b"];
    assert_eq!(
        comp!([f for f in listing if !f.starts_with('.')]),
        vec!["a.py", "b"]
    );
}

// a generic helper: def with_prefix(paths, root): return [os.path.join(root, p) for p in paths]
fn with_root<P: AsRef<Path>>(root: &Path, paths: impl IntoIterator<Item = P>) -> Vec<PathBuf> {
    comp![root.join(p) for p in paths]
}

#[test]
fn generic_with_root() {
    let root = Path::new("/srv");
    assert_eq!(
        with_root(root, ["a", "b"]),
        vec![PathBuf::from("/srv/a"), PathBuf::from("/srv/b")]
    );
    assert_eq!(
        with_root(root, vec![PathBuf::from("c")]),
        vec![PathBuf::from("/srv/c")]
    );
}

// config section as dict of dicts: {s: {k: v for k, v in items} for s, items in cp}
#[test]
fn configparser_dict_of_dicts() {
    let cp = parse_ini(INI);
    let d = comp!({s.as_str(): {k.as_str(): v.as_str() for (k, v) in items} for (s, items) in &cp});
    assert_eq!(d["client"]["timeout"], "30");
    assert_eq!(d["server"].len(), 3);
}

// pathlib iterdir into names by kind: ["dir" if p.is_dir() else "file" for p in paths]
#[test]
fn pathlib_kind_conditional() {
    let paths = vec![PathBuf::from("src/"), PathBuf::from("a.txt")];
    let kinds = comp!["dir" if p.to_str().unwrap().ends_with('/') else "file" for p in &paths];
    assert_eq!(kinds, vec!["dir", "file"]);
}

// [int(x) for x in version.split('.')] (packaging.version), ? in the lazy form
#[test]
fn packaging_version_tuple() {
    let version = String::from("3.11.7");
    let parts: Vec<Result<u32, _>> =
        comp!((x.parse::<u32>()? for x in version.split('.'))).collect();
    assert_eq!(parts, vec![Ok(3), Ok(11), Ok(7)]);
    let bad: Vec<Result<u32, std::num::ParseIntError>> =
        comp!((x.parse::<u32>()? for x in "1.x.2".split('.'))).collect();
    assert_eq!(bad.len(), 2);
    assert!(bad[1].is_err());
}

// set of extensions: {os.path.splitext(f)[1] for f in files}
#[test]
fn extension_set_btree() {
    let files = files();
    let exts: BTreeSet<&str> =
        comp!({Path::new(f).extension().and_then(|e| e.to_str()).unwrap_or("") for f in &files})
            .into_iter()
            .collect();
    assert_eq!(exts, BTreeSet::from(["md", "rs"]));
}

/// The comprehensions of this theme that failed before the fixes of issue 9.
#[path = "found/paths_config.rs"]
mod found;
