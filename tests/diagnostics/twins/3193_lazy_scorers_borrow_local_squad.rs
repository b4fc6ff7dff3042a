//! mistake: returned a lazy comprehension that borrows the function's local squad
//! offending: squad.iter()
//! category: ownership
struct Player {
    name: String,
    goals: u32,
}

fn load_squad() -> Vec<Player> {
    vec![Player { name: "Lautaro".into(), goals: 24 }, Player { name: "Thuram".into(), goals: 13 }]
}

fn scorer_names<'a>() -> impl Iterator<Item = &'a str> {
    let squad = load_squad();
    squad.iter().filter(|p| p.goals > 0).map(|p| p.name.as_str())
}

fn main() {
    for n in scorer_names() {
        println!("{n}");
    }
}
