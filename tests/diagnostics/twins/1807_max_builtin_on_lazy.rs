//! mistake: Python's builtin `max(generator)` called as a free function on a lazy form
//! offending: max
//! category: python-habit

struct Score {
    player: &'static str,
    points: u32,
}

fn main() {
    let scores = vec![Score { player: "ann", points: 30 }, Score { player: "bob", points: 50 }];
    let top = max(scores.iter().map(|s| s.points));
    println!("top score {top:?} ({} players)", scores.len());
    println!("{}", scores[0].player);
}
