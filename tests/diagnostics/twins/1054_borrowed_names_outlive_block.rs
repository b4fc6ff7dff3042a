//! mistake: a Vec of `&str` borrowed from a roster loaded inside a block is used after the block
//! offending: roster
//! category: ownership
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
        names = roster.iter().filter(|p| p.active).map(|p| p.name.as_str()).collect();
    }
    println!("{names:?}");
}
