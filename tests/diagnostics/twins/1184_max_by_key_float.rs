//! mistake: `max_by_key(|l| l.secs)` on an `f64` key in a loop
//! offending: max_by_key(|l| l.secs)
//! category: python-habit

struct Lap {
    n: u32,
    secs: f64,
}

struct Run {
    laps: Vec<Lap>,
}

fn main() {
    let runs = vec![Run { laps: vec![Lap { n: 1, secs: 61.2 }, Lap { n: 2, secs: 59.8 }] }];
    let mut slowest = Vec::new();
    for run in &runs {
        slowest.push(run.laps.iter().max_by_key(|l| l.secs).map(|l| l.n));
    }
    println!("{slowest:?}");
}
