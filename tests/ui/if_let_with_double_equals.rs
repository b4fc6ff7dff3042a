// `if let Status::Active == u.status`: a pattern match and a comparison
// mixed. One error on the `==`, which names both spellings.
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
    println!("{active:?}");
}
