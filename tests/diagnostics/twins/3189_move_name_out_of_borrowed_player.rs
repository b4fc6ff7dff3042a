//! mistake: moved the `String` name out of a player borrowed from `&squad`
//! offending: p.name
//! category: ownership
struct Player {
    name: String,
    goals: u32,
}

fn main() {
    let squad = vec![Player { name: "Watkins".into(), goals: 19 }, Player { name: "Diaby".into(), goals: 6 }];
    let mut scorers: Vec<String> = Vec::new();
    for p in &squad {
        if p.goals > 5 {
            scorers.push(p.name);
        }
    }
    println!("{scorers:?} of {}", squad.len());
}
