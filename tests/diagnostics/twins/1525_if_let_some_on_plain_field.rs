//! mistake: `if let Some(a)` on a plain `u32` field, as if it were optional
//! offending: Some(a)
//! category: type
struct User {
    name: String,
    age: u32,
}

fn main() {
    let users = vec![User { name: "ann".into(), age: 31 }, User { name: "bo".into(), age: 12 }];
    let mut adults = Vec::new();
    for u in &users {
        if let Some(a) = u.age {
            if a >= 18 {
                adults.push(&u.name);
            }
        }
    }
    println!("{adults:?}");
}
