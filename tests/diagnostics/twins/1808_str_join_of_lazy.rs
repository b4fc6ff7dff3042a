//! mistake: Python's `", ".join(p.name for p in players if p.online)` called on the separator
//! offending: join
//! category: python-habit

struct Player {
    name: String,
    online: bool,
}

fn main() {
    let players = vec![Player { name: "ann".into(), online: true }, Player { name: "bob".into(), online: true }];
    let line = ", ".join(players.iter().filter(|p| p.online).map(|p| p.name.as_str()));
    println!("online: {line}");
}
