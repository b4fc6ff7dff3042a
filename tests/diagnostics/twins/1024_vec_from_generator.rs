//! mistake: Python's `list(gen)` written as `Vec::from` of an iterator
//! offending: Vec::from(users.iter().map(|u| u.to_lowercase()))
//! category: python-habit
fn main() {
    let users = vec!["Ann", "BOB"];
    let names: Vec<String> = Vec::from(users.iter().map(|u| u.to_lowercase()));
    println!("{names:?}");
}
