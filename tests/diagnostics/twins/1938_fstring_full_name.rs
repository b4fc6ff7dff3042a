//! mistake: kept Python's f-string `f"{u.first} {u.last}"` for display names
//! offending: f"{u.first} {u.last}"
//! category: python-habit
struct User {
    first: String,
    last: String,
}

fn main() {
    let users = vec![User { first: "Ann".into(), last: "Lee".into() }];
    let names: Vec<String> = users.iter().map(|u| f"{u.first} {u.last}").collect();
    println!("{names:?}");
}
