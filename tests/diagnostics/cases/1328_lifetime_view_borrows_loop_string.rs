//! mistake: building borrowing `View<'a>` structs from each freshly uppercased `String` loop variable, which dies at the end of its iteration
//! offending: &n
//! category: ownership
use comprehensions::comp;

struct View<'a> {
    name: &'a str,
}

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let views = comp![View { name: &n } for n in names.iter().map(|s| s.to_uppercase())];
    for v in &views {
        println!("{}", v.name);
    }
}
