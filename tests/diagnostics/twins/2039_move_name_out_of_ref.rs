//! mistake: took each player's `name` out of `&players` for the roster (Python shares it; Rust would move it out of a borrow)
//! offending: p.name
//! category: ownership
struct Player {
    name: String,
    level: u32,
}

fn main() {
    let players = vec![Player { name: "ana".into(), level: 7 }, Player { name: "bo".into(), level: 3 }];
    let roster: Vec<String> = players.iter().filter(|p| p.level >= 5).map(|p| p.name).collect();
    println!("{roster:?} of {}", players.len());
}
