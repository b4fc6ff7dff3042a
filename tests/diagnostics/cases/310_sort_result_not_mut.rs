//! mistake: sorting a comprehension's result in place, bound without `mut` (Python lists are always mutable)
//! offending: scores.sort()
//! category: ownership
use comprehensions::comp;

struct Player {
    points: u32,
    active: bool,
}

fn main() {
    let players = vec![Player { points: 30, active: true }, Player { points: 10, active: true }];
    // Python: scores = [p.points for p in players if p.active]; scores.sort()
    let scores = comp![p.points for p in &players if p.active];
    scores.sort();
    println!("{scores:?}");
}
