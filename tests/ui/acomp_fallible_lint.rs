// rustc's `for_loops_over_fallibles` in `acomp!`, as for the same loops by
// hand: a plain `for` over a `Result` or an `Option`, first or later,
// awaited or not, warns on the iterable.
#![deny(for_loops_over_fallibles)]

use comprehensions::acomp;

async fn load(s: &str) -> Result<i32, std::num::ParseIntError> {
    s.parse()
}

async fn run(ids: Vec<&str>) -> Vec<i32> {
    let later = acomp![n + 1 for s in ids.clone() for n in s.parse::<i32>()];
    let awaited = acomp![n + 1 for s in ids for n in load(s).await];
    let first = acomp![n + 1 for n in load("3").await];
    [later, awaited, first].concat()
}

fn main() {
    let _ = run(vec![]);
}
