//! mistake: `names = (u.name for u in users if u.active) if only_active else (u.name for u in users)`: two lazy forms in `if`/`else` arms
//! offending: users.iter().map(|u| u.name.as_str())
//! category: type

struct User {
    name: String,
    active: bool,
}

fn main() {
    let users = vec![
        User { name: "ann".into(), active: true },
        User { name: "bob".into(), active: false },
    ];
    let only_active = std::env::args().any(|a| a == "--active");
    let names = if only_active {
        users.iter().filter(|u| u.active).map(|u| u.name.as_str())
    } else {
        users.iter().map(|u| u.name.as_str())
    };
    for n in names {
        println!("{n}");
    }
}
