//! mistake: Python's `and` joining two filter conditions
//! offending: and
//! category: python-habit
use comprehensions::comp;

struct User {
    name: String,
    age: u32,
    active: bool,
}

fn main() {
    let users = vec![
        User { name: "ana".into(), age: 34, active: true },
        User { name: "bo".into(), age: 17, active: true },
    ];
    let adults = comp![u.name.clone() for u in &users if u.age >= 18 and u.active];
    println!("{adults:?}");
}
