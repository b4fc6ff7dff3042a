//! Comprehensions of the paths_config theme (2) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- lazy `(d.join(f) for (d, fs) in &tree for f in fs)`
// os.walk lazily: (os.path.join(d, f) for d, fs in tree for f in fs)
#[test]
fn os_walk_lazy_join() {
    let tree: Vec<(PathBuf, Vec<String>)> = vec![
        (PathBuf::from("a"), vec!["x".into(), "y".into()]),
        (PathBuf::from("b"), vec!["z".into()]),
    ];
    let paths: Vec<PathBuf> = comp!((d.join(f) for (d, fs) in &tree for f in fs)).collect();
    assert_eq!(
        paths,
        vec![
            PathBuf::from("a/x"),
            PathBuf::from("a/y"),
            PathBuf::from("b/z")
        ]
    );
}

// FOUND: error[E0716]: temporary value dropped while borrowed -- eager form, temporary `cmd.to_string()` in the first iterable, `.len()` on the result in the same statement
// [a for a in shlex.split(cmd) if not a.startswith('-')], over a temporary String
#[test]
fn shlex_split_positional_temporary() {
    let cmd = "cc -O2 my_file.c -o out";
    assert_eq!(
        comp![a.to_string() for a in cmd.to_string().split_whitespace() if !a.starts_with('-')]
            .len(),
        3
    );
}
