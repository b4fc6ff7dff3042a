//! mistake: Python's `enumerate(players, 1)` for 1-based ranks, as `.enumerate(1)`
//! offending: enumerate(1)
//! category: python-habit
use comprehensions::comp;

struct Player {
    name: String,
}

fn main() {
    let players = vec![Player { name: "bob".into() }, Player { name: "ann".into() }];
    let ranks = comp![format!("{rank}. {}", p.name) for (rank, p) in players.iter().enumerate(1)];
    println!("{}", ranks.join("\n"));
}
