//! mistake: took each player's `name` out of `&players` for the roster (Python shares it; Rust would move it out of a borrow)
//! offending: p.name
//! category: ownership
use comprehensions::comp;

struct Player {
    name: String,
    level: u32,
}

fn main() {
    let players = vec![Player { name: "ana".into(), level: 7 }, Player { name: "bo".into(), level: 3 }];
    let roster = comp![p.name for p in &players if p.level >= 5];
    println!("{roster:?} of {}", players.len());
}
