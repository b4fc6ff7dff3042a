//! mistake: half-typed comprehension, the iterable after `in` not written yet
//! offending: in]
//! category: syntax
use comprehensions::comp;

fn main() {
    let users = vec!["ann", "bob"];
    let upper = comp![u.to_uppercase() for u in];
    println!("{upper:?} {users:?}");
}
