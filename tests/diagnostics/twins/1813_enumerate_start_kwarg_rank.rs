//! mistake: Python's `enumerate(players, 1)` for 1-based ranks, as `.enumerate(1)`
//! offending: enumerate(1)
//! category: python-habit

struct Player {
    name: String,
}

fn main() {
    let players = vec![Player { name: "bob".into() }, Player { name: "ann".into() }];
    let mut ranks = Vec::new();
    for (rank, p) in players.iter().enumerate(1) {
        ranks.push(format!("{rank}. {}", p.name));
    }
    println!("{}", ranks.join("\n"));
}
