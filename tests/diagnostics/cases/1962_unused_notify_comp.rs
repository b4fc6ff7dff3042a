//! mistake: used a list comprehension only for its side effect, Python's `[notify(u) for u in users if u.active]` as a statement
//! offending: comp![notify(u) for u in &users if u.active]
//! category: lint
use comprehensions::comp;

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
    comp![notify(u) for u in &users if u.active];
}
