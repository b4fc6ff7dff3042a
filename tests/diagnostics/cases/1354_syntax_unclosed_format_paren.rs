//! mistake: `format!(` left unclosed in the element mid-edit, so the comprehension's `]` closes the wrong delimiter
//! offending: (
//! category: syntax
use comprehensions::comp;

struct Shape {
    name: String,
}

fn main() {
    let shapes = vec![Shape { name: "sq".into() }];
    let labels = comp![format!("<{}>", s.name for s in &shapes];
    println!("{labels:?}");
}
