//! mistake: returned a lazy comprehension that borrows the function's local squad
//! offending: &squad
//! category: ownership
use comprehensions::comp;

struct Player {
    name: String,
    goals: u32,
}

fn load_squad() -> Vec<Player> {
    vec![Player { name: "Lautaro".into(), goals: 24 }, Player { name: "Thuram".into(), goals: 13 }]
}

fn scorer_names<'a>() -> impl Iterator<Item = &'a str> {
    let squad = load_squad();
    comp!((p.name.as_str() for p in &squad if p.goals > 0))
}

fn main() {
    for n in scorer_names() {
        println!("{n}");
    }
}
