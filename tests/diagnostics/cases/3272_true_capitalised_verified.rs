//! mistake: compared against Python's `True` instead of Rust's `true`
//! offending: True
//! category: python-habit
use comprehensions::comp;

struct Account {
    handle: String,
    verified: bool,
}

fn main() {
    let accounts = vec![
        Account { handle: "@nasa".into(), verified: true },
        Account { handle: "@randomfan".into(), verified: false },
    ];
    let badges = comp![a.handle.clone() for a in &accounts if a.verified == True];
    println!("{badges:?}");
}
