//! mistake: pushing borrowing `View<'a>` structs of each freshly uppercased `String` loop variable, which dies at the end of its iteration
//! offending: &n
//! category: ownership
struct View<'a> {
    name: &'a str,
}

fn main() {
    let names = vec!["ann".to_string(), "bob".to_string()];
    let mut views = Vec::new();
    for n in names.iter().map(|s| s.to_uppercase()) {
        views.push(View { name: &n });
    }
    for v in &views {
        println!("{}", v.name);
    }
}
