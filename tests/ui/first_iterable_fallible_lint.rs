// rustc's `for_loops_over_fallibles`, as for the same `for` loop by hand.
#![deny(for_loops_over_fallibles)]

use comprehensions::comp;

fn main() {
    let line = "timeout=30";
    // Python: [n * 2 for n in [int(line)]], translated as a loop over a `Result`.
    let _ = comp![n * 2 for n in line.parse::<i64>()];
    // A loop over an `Option`, and over a borrowed one.
    let _ = comp![kv for kv in line.split_once('=')];
    let first = line.split('=').next();
    let _ = comp![w.len() for w in &first];
    // An iterator made explicitly is not linted, by hand neither.
    let _ = comp![w.len() for w in first.iter()];
    let _ = comp![w.len() for w in Option::into_iter(first)];
}
