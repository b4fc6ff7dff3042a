//! mistake: a list of `&str` borrowed from a roster loaded inside a block is used after the block
//! offending: roster
//! category: ownership
use comprehensions::comp;

struct Player {
    name: String,
    active: bool,
}

fn load() -> Vec<Player> {
    vec![Player { name: "ann".into(), active: true }]
}

fn main() {
    let names: Vec<&str>;
    {
        let roster = load();
        names = comp![p.name.as_str() for p in &roster if p.active];
    }
    println!("{names:?}");
}
