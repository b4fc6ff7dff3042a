use std::collections::HashMap;

struct User {
    name: String,
    age: u32,
}

fn main() {
    let users = vec![User { name: "ann".to_string(), age: 31 }];
    let mut ages: HashMap<&str, u32> = HashMap::new();
    for u in &users {
        ages.insert(u.name, u.age);
    }
    println!("{ages:?}");
}
