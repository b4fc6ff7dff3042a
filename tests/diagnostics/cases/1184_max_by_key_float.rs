//! mistake: Python's `max(run.laps, key=lambda l: l.secs)` as `max_by_key(|l| l.secs)` on an `f64` key, which is not `Ord`
//! offending: max_by_key(|l| l.secs)
//! category: python-habit
use comprehensions::comp;

struct Lap {
    n: u32,
    secs: f64,
}

struct Run {
    laps: Vec<Lap>,
}

fn main() {
    let runs = vec![Run { laps: vec![Lap { n: 1, secs: 61.2 }, Lap { n: 2, secs: 59.8 }] }];
    let slowest = comp![run.laps.iter().max_by_key(|l| l.secs).map(|l| l.n) for run in &runs];
    println!("{slowest:?}");
}
