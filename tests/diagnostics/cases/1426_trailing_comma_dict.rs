//! mistake: a dict literal's trailing comma left after the value when turning `{1: "ana",}` into a dict comprehension
//! offending: u.name.clone(),
//! category: syntax
use comprehensions::comp;
use std::collections::HashMap;

struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ana".into() }, User { id: 2, name: "bo".into() }];
    let by_id: HashMap<u64, String> = comp!({
        u.id: u.name.clone(),
        for u in &users
    });
    println!("{by_id:?}");
}
