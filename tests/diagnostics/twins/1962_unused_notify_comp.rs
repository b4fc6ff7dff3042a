//! mistake: used a list comprehension only for its side effect, Python's `[notify(u) for u in users if u.active]` as a statement
//! offending: users.iter().filter(|u| u.active).map(notify).collect::<Vec<_>>()
//! category: lint
struct User {
    email: String,
    active: bool,
}

fn notify(u: &User) -> bool {
    println!("mail to {}", u.email);
    true
}

fn main() {
    let users = vec![User { email: "a@x.io".into(), active: true }];
    users.iter().filter(|u| u.active).map(notify).collect::<Vec<_>>();
}
