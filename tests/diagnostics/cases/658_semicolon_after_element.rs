//! mistake: ends the element with a `;`, as a statement, before the for clause
//! offending: ; for
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
}

fn main() {
    let users = vec![User { name: "ada".into() }, User { name: "bob".into() }];
    let names = comp![u.name.to_uppercase(); for u in &users];
    println!("{names:?}");
}
