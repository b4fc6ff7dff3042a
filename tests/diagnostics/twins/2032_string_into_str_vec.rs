//! mistake: collected the players' `String` names into a `Vec<&str>` without borrowing them
//! offending: p.name
//! category: type
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let players = vec![Player { name: "ana".into(), score: 30 }, Player { name: "bo".into(), score: 12 }];
    let mut names: Vec<&str> = Vec::new();
    for p in &players {
        if p.score > 10 {
            names.push(p.name);
        }
    }
    println!("{}", names.join(", "));
}
