//! mistake: `[Ranked(rank=i + 1, name=p.name) for i, p in enumerate(players)]` puts the `usize` index into a `u32` field
//! offending: i + 1
//! category: type
struct Player {
    name: String,
}

#[derive(Debug)]
struct Ranked {
    rank: u32,
    name: String,
}

fn main() {
    let players = vec![Player { name: "ann".into() }, Player { name: "bob".into() }];
    let board: Vec<Ranked> = players.iter().enumerate().map(|(i, p)| Ranked { rank: i + 1, name: p.name.clone() }).collect();
    println!("{board:?}");
}
