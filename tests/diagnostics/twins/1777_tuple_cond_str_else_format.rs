//! mistake: `"max" if p.level >= 10 else f"lvl {p.level}"` in a tuple: a `&str` branch, then a `String` one
//! offending: format!("lvl {}", p.level)
//! category: type

struct Player {
    name: String,
    level: u32,
}

fn main() {
    let players = vec![
        Player { name: "ann".into(), level: 12 },
        Player { name: "bob".into(), level: 4 },
    ];
    let badges: Vec<_> = players
        .iter()
        .map(|p| (p.name.as_str(), if p.level >= 10 { "max" } else { format!("lvl {}", p.level) }))
        .collect();
    for (name, badge) in badges {
        println!("{name:<6}{badge}");
    }
}
