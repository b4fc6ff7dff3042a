//! mistake: fills a struct field with a list comprehension over `&[User]` whose element moves `u.name` out of the borrowed user (Python shares the string)
//! offending: u.name
//! category: ownership
use comprehensions::comp;

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
        names: comp![u.name for u in users if u.active],
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
