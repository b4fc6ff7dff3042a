//! mistake: compared against Python's `True` instead of Rust's `true`
//! offending: True
//! category: python-habit
struct Account {
    handle: String,
    verified: bool,
}

fn main() {
    let accounts = vec![
        Account { handle: "@nasa".into(), verified: true },
        Account { handle: "@randomfan".into(), verified: false },
    ];
    let mut badges = Vec::new();
    for a in &accounts {
        if a.verified == True {
            badges.push(a.handle.clone());
        }
    }
    println!("{badges:?}");
}
