//! mistake: used Python's `len(..)` builtin instead of the `.len()` method
//! offending: len(u.followers)
//! category: python-habit
struct User {
    handle: String,
    followers: Vec<u64>,
}

fn main() {
    let users = vec![
        User { handle: "@ana".into(), followers: vec![2, 3, 9] },
        User { handle: "@bo".into(), followers: vec![] },
    ];
    let counts: Vec<(&str, usize)> = users.iter().map(|u| (u.handle.as_str(), len(u.followers))).collect();
    println!("{counts:?}");
}
