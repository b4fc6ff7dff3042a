//! mistake: `for idx, u in enumerate(users)` kept from the Python original though the index is no longer used
//! offending: idx
//! category: lint
struct User {
    id: u64,
    name: String,
}

fn main() {
    let users = vec![User { id: 1, name: "ana".into() }, User { id: 2, name: "bo".into() }];
    let mut lines: Vec<String> = Vec::new();
    for (idx, u) in users.iter().enumerate() {
        lines.push(format!("{}: {}", u.id, u.name));
    }
    println!("{}", lines.join("\n"));
}
