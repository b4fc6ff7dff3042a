// The type a comprehension with `?` is expected to have fixes its kind:
// a `Result`'s `?` where an `Option` is expected is `ResultInOption`'s error on
// that `?` (by hand, rustc's "use `.ok()?`"); a set meant to skip, or a
// type that is no collection nor `Result`/`Option`, is `ExpectedAs`'s
// error on the first `?`. One error each, never on the whole call.
use std::collections::{HashMap, HashSet};

use comprehensions::comp;

fn ports(spec: &str) -> Option<Vec<u16>> {
    comp![p.parse::<u16>()? for p in spec.split(',')]
}

fn tags(lines: &[&str]) -> HashSet<String> {
    comp![{l.split_once(':')?.0.to_string() for l in lines}]
}

fn index(lines: &[&str]) -> Result<HashMap<String, u32>, String> {
    comp![{k.to_string(): v.parse::<u32>()? for (k, v) in lines.iter().filter_map(|l| l.split_once('='))}]
}

fn count(lines: &[&str]) -> usize {
    comp![l.parse::<u32>()? for l in lines]
}

fn main() {
    let _ = (ports("80"), tags(&[]), index(&[]), count(&[]));
}
