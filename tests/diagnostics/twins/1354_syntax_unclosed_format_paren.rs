//! mistake: `format!(` left unclosed in the closure mid-edit, so the `map(` call's `)` closes the wrong delimiter
//! offending: (
//! category: syntax
struct Shape {
    name: String,
}

fn main() {
    let shapes = vec![Shape { name: "sq".into() }];
    let labels: Vec<String> = shapes.iter().map(|s| format!("<{}>", s.name).collect();
    println!("{labels:?}");
}
