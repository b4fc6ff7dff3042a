//! mistake: Python's truthiness of a list in a conditional dict value, `tags.len() if tags else 0`
//! offending: tags else
//! category: python-habit
use comprehensions::comp;

fn main() {
    let groups: Vec<(&str, Vec<&str>)> = vec![("a", vec!["x", "y"]), ("b", vec![])];
    let sizes = comp!({*name: tags.len() if tags else 0 for (name, tags) in &groups});
    println!("{sizes:?}");
}
