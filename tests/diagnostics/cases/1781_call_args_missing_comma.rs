//! mistake: a missing comma between a call's arguments, `pad(&p.name 12)`
//! offending: pad(&p.name 12)
//! category: syntax
use comprehensions::comp;

struct Player {
    name: String,
    score: u32,
}

fn pad(s: &str, width: usize) -> String {
    format!("{s:<width$}")
}

fn main() {
    let players = vec![Player { name: "ann".into(), score: 90 }, Player { name: "bob".into(), score: 75 }];
    let lines = comp![pad(&p.name 12) + &p.score.to_string() for p in &players];
    println!("{}", lines.join("\n"));
}
