//! mistake: Python's `and` joining two filter conditions (hand-written)
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
    let mut adults = Vec::new();
    for u in &users {
        if u.age >= 18 and u.active {
            adults.push(u.name.clone());
        }
    }
    println!("{adults:?}");
}
