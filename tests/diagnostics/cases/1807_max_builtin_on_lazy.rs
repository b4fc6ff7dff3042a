//! mistake: Python's builtin `max(generator)` called as a free function on a lazy form
//! offending: max
//! category: python-habit
use comprehensions::comp;

struct Score {
    player: &'static str,
    points: u32,
}

fn main() {
    let scores = vec![Score { player: "ann", points: 30 }, Score { player: "bob", points: 50 }];
    let top = max(comp!((s.points for s in &scores)));
    println!("top score {top:?} ({} players)", scores.len());
    println!("{}", scores[0].player);
}
