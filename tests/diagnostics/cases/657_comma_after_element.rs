//! mistake: leaves a comma between the element and its for clause
//! offending: clone(),
//! category: syntax
use comprehensions::comp;

struct User {
    name: String,
}

fn main() {
    let users = vec![User { name: "ada".into() }, User { name: "bob".into() }];
    let names = comp![u.name.clone(), for u in &users];
    println!("{names:?}");
}
