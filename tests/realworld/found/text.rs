//! Comprehensions of the text theme (11) that did not compile, or gave
//! a wrong value, at 1fde7dc (before issue 9): the regression tests of the
//! classes the corpus found. Each test notes, as `FOUND:`, what it met then.

use super::*;

// FOUND: error: expected `,` -- on `if` of a conditional inside a tuple element
// [(name, "adult" if age >= 18 else "minor") for (name, age) in people]
#[test]
fn people_adult_or_minor() {
    let people = vec![("ann", 31), ("bob", 12), ("cy", 18)];
    let out = comp![(name, "adult" if age >= 18 else "minor") for (name, age) in people];
    assert_eq!(
        out,
        vec![("ann", "adult"), ("bob", "minor"), ("cy", "adult")]
    );
}

// FOUND: error: comparison operators cannot be chained -- `if 'a' <= c <= 'z'`
// [c for c in s if 'a' <= c <= 'z']
#[test]
fn chained_comparison_lowercase() {
    let s = "Hello World";
    let out = comp![c for c in s.chars() if 'a' <= c <= 'z'];
    assert_eq!(out, vec!['e', 'l', 'l', 'o', 'o', 'r', 'l', 'd']);
}

// FOUND: error: expected `=` after the pattern -- typed `let y: f64 = ..` clause
// [n / total for n in counts]
#[test]
fn relative_frequencies() {
    let counts = vec![1u32, 3, 4];
    let total: u32 = counts.iter().sum();
    let freqs = comp![y / total as f64 for n in &counts let y: f64 = *n as f64];
    assert_eq!(freqs, vec![0.125, 0.375, 0.5]);
}

// FOUND: warning: unnecessary parentheses around block return value (unused_parens) on `comp![(s) for s in names]`
// [(s) for s in names]
#[test]
fn parenthesized_element() {
    let names = vec!["A", "B"];
    assert_eq!(comp![(s) for s in names], vec!["A", "B"]);
}

// FOUND: in the uncommitted working tree (~16:25): error[E0282]: type annotations needed -- lazy form, inner variable `cell` of a 2nd `for` not inferred
// FOUND: at HEAD 1fde7dc: error[E0425]: cannot find function `bind` in module `$crate::__private`
// (len(cell.strip()) for row in csv.splitlines() for cell in row.split(','))
#[test]
fn csv_cell_lengths_lazy() {
    let csv = String::from("a, bb,ccc\n dd ,e");
    let lens: Vec<usize> =
        comp!((cell.trim().len() for row in csv.lines() for cell in row.split(','))).collect();
    assert_eq!(lens, vec![1, 2, 3, 2, 1]);
}

// FOUND: in the uncommitted working tree (~16:25): error[E0505]: cannot move out of `w` because it is borrowed / E0515 cannot return value referencing function parameter `w`
// FOUND: at HEAD 1fde7dc: error[E0425]: cannot find function `bind` in module `$crate::__private`
// (c for w in words for c in w) over an owned Vec<String>
#[test]
fn alphabet_of_words_lazy_owned() {
    let words: Vec<String> = vec!["ab".into(), "bc".into(), "cd".into()];
    let flat: String = comp!((c for w in words for c in w.chars())).collect();
    assert_eq!(flat, "abbccd");
}

// FOUND: error[E0716]: temporary value dropped while borrowed -- temporary in first iterable of a lazy form used in the same statement
// sum(len(w) for w in line.strip().lower().split(','))
#[test]
fn temporary_first_iterable_lazy_sum() {
    let line = "  Foo,BAR , baz ";
    let total: usize = comp!((w.len() for w in line.trim().to_lowercase().split(','))).sum();
    assert_eq!(total, 11);
}

// FOUND: error: captured variable cannot escape `FnMut` closure body -- iter_mut() element returning &mut
// in-place edit: for w in words: if w.islower(): w = w.upper()
// [w for w in words if w.islower()] returning references to mutate
#[test]
fn iter_mut_uppercase_lowercase_words() {
    let mut words = vec!["abc".to_string(), "Def".to_string(), "ghi".to_string()];
    let lower = comp![w for w in words.iter_mut() if w.chars().all(|c| c.is_lowercase())];
    for w in lower {
        *w = w.to_uppercase();
    }
    assert_eq!(words, vec!["ABC", "Def", "GHI"]);
}

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- the SPEC's own example `(w.len() for line in text.lines() for w in line.split(' '))` shape
// SPEC example: (w.upper() for line in text.splitlines() for w in line.split(' '))
#[test]
fn upper_words_lazy_two_fors() {
    let text = String::from("the quick\nbrown fox");
    let words: Vec<String> =
        comp!((w.to_uppercase() for line in text.lines() for w in line.split(' '))).collect();
    assert_eq!(words, vec!["THE", "QUICK", "BROWN", "FOX"]);
}

// FOUND: error[E0425]: cannot find function `bind` in module `$crate::__private` -- lazy `(c for w in words for c in w.chars())` over [&str; 2]
// set(c for w in words for c in w), lazily
#[test]
fn char_set_lazy_two_fors() {
    let words = ["hi", "ih"];
    let set: HashSet<char> = comp!((c for w in words for c in w.chars())).collect();
    assert_eq!(set, HashSet::from(['h', 'i']));
}

// FOUND: passes at HEAD 1fde7dc; REGRESSION in the uncommitted working tree (snapshot /tmp/comp-wt): error: unexpected token, expected `;` -- conditional element `a if c else b` in a lazy form
// textwrap.indent:
// ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
#[test]
fn textwrap_indent() {
    let text = String::from("a\n\nb\n");
    let prefix = "> ";
    let out: String = comp!((format!("{prefix}{line}") if !line.trim().is_empty() else line.to_string() for line in text.split_inclusive('\n'))).collect();
    assert_eq!(out, "> a\n\n> b\n");
}
