//! mistake: writes Python's `u.tags or []` as `u.tags.unwrap_or_default()` on a user borrowed from `&users`, moving the field out
//! offending: u.tags
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u32,
    tags: Option<Vec<String>>,
}

fn main() {
    let users = vec![User { id: 1, tags: Some(vec!["vip".into()]) }, User { id: 2, tags: None }];
    let tagged = comp![(u.id, t) for u in &users for t in u.tags.unwrap_or_default()];
    println!("{tagged:?} of {}", users.len());
}
