struct User {
    id: u32,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ann".to_string() }];
    let mut payload = Vec::new();
    for u in &users {
        payload.push({"id": u.id, "name": u.name.clone()});
    }
    println!("{}", payload.len());
}
