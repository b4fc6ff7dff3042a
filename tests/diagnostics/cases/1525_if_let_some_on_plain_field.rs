//! mistake: `if let Some(a)` on a plain `u32` field, as if it were optional
//! offending: Some(a)
//! category: type
use comprehensions::comp;

struct User {
    name: String,
    age: u32,
}

fn main() {
    let users = vec![User { name: "ann".into(), age: 31 }, User { name: "bo".into(), age: 12 }];
    let adults = comp![&u.name for u in &users if let Some(a) = u.age if a >= 18];
    println!("{adults:?}");
}
