//! mistake: compared a player's `u32` id with a `&u32` from iterating the injury list by reference
//! offending: p.id == id
//! category: type
use comprehensions::comp;

struct Player {
    id: u32,
    name: String,
}

fn main() {
    let squad = vec![Player { id: 7, name: "Kane".into() }, Player { id: 10, name: "Musiala".into() }];
    let injured = vec![10, 19];
    let out = comp![p.name.as_str() for p in &squad for id in &injured if p.id == id];
    println!("{out:?}");
}
