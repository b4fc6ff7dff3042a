//! mistake: writes `if let Status::Active == u.status`, mixing an `if let` with an `==` comparison
//! offending: ==
//! category: syntax
use comprehensions::comp;

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
    let active = comp![u.name.clone() for u in &users if let Status::Active == u.status];
    println!("{:?}", active);
}
