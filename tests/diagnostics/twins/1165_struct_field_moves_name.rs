//! mistake: fills a struct field with a filter/map over `&[User]` whose closure moves `u.name` out of the borrowed user
//! offending: u.name
//! category: ownership

struct User {
    name: String,
    active: bool,
}

struct Report {
    names: Vec<String>,
    total: usize,
}

fn report(users: &[User]) -> Report {
    Report {
        names: users.iter().filter(|u| u.active).map(|u| u.name).collect(),
        total: users.len(),
    }
}

fn main() {
    let users = vec![
        User { name: "ann".into(), active: true },
        User { name: "bob".into(), active: false },
    ];
    let r = report(&users);
    println!("{:?} of {}", r.names, r.total);
}
