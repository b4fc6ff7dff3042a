//! mistake: sorting a collected Vec in place, bound without `mut` (hand-written)
struct Player {
    points: u32,
    active: bool,
}

fn main() {
    let players = vec![Player { points: 30, active: true }, Player { points: 10, active: true }];
    let scores: Vec<u32> = players.iter().filter(|p| p.active).map(|p| p.points).collect();
    scores.sort();
    println!("{scores:?}");
}
