use std::collections::HashMap;

struct User {
    name: String,
    dept: String,
}

fn main() {
    let users = vec![
        User { name: "ann".to_string(), dept: "ops".to_string() },
        User { name: "bob".to_string(), dept: "ops".to_string() },
    ];
    let mut by_dept: HashMap<String, Vec<String>> = HashMap::new();
    for u in &users {
        by_dept.insert(u.dept.clone(), u.name.clone());
    }
    println!("{by_dept:?}");
}
