//! mistake: a `let` clause whose binding the element never uses
//! offending: slug
//! category: lint
use comprehensions::comp;

fn main() {
    let titles = vec!["Hello World", "Rust Tips"];
    let upper = comp![t.to_uppercase() for t in titles let slug = t.replace(' ', "-")];
    println!("{upper:?}");
}
