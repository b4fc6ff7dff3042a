//! mistake: used Python's `len(..)` builtin instead of the `.len()` method
//! offending: len(u.followers)
//! category: python-habit
use comprehensions::comp;

struct User {
    handle: String,
    followers: Vec<u64>,
}

fn main() {
    let users = vec![
        User { handle: "@ana".into(), followers: vec![2, 3, 9] },
        User { handle: "@bo".into(), followers: vec![] },
    ];
    let counts = comp![(u.handle.as_str(), len(u.followers)) for u in &users];
    println!("{counts:?}");
}
