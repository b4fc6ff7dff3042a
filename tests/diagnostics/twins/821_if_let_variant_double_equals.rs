//! mistake: writes `if let Status::Active == u.status`, mixing an `if let` with an `==` comparison
//! offending: ==
//! category: syntax
enum Status {
    Active,
    Banned,
}

struct User {
    name: String,
    status: Status,
}

fn main() {
    let users = vec![
        User { name: "ana".into(), status: Status::Active },
        User { name: "bo".into(), status: Status::Banned },
    ];
    let mut active = Vec::new();
    for u in &users {
        if let Status::Active == u.status {
            active.push(u.name.clone());
        }
    }
    println!("{:?}", active);
}
