//! mistake: a missing comma between a call's arguments, `pad(&p.name 12)`
//! offending: pad(&p.name 12)
//! category: syntax

struct Player {
    name: String,
    score: u32,
}

fn pad(s: &str, width: usize) -> String {
    format!("{s:<width$}")
}

fn main() {
    let players = vec![Player { name: "ann".into(), score: 90 }, Player { name: "bob".into(), score: 75 }];
    let mut lines = Vec::new();
    for p in &players {
        lines.push(pad(&p.name 12) + &p.score.to_string());
    }
    println!("{}", lines.join("\n"));
}
