//! mistake: divided an `f64` follower count by a `usize` total
//! offending: u.followers.len() as f64 / total
//! category: type
struct User {
    handle: String,
    followers: Vec<u64>,
}

fn main() {
    let users = vec![
        User { handle: "@a".into(), followers: vec![1, 2, 3] },
        User { handle: "@b".into(), followers: vec![4] },
    ];
    let total: usize = users.iter().map(|u| u.followers.len()).sum();
    let share: Vec<(&str, f64)> = users.iter().map(|u| (u.handle.as_str(), u.followers.len() as f64 / total)).collect();
    println!("{share:?}");
}
