//! mistake: `names = (u.name for u in users if u.active) if only_active else (u.name for u in users)`: two lazy forms in `if`/`else` arms
//! offending: comp!((u.name.as_str() for u in &users))
//! category: type
use comprehensions::comp;

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
        comp!((u.name.as_str() for u in &users if u.active))
    } else {
        comp!((u.name.as_str() for u in &users))
    };
    for n in names {
        println!("{n}");
    }
}
