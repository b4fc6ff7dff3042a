//! mistake: Python's f-string `f"{u.id}: {u.name}"` for each listing line of a page
//! offending: f"{u.id}: {u.name}"
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u32,
    name: String,
}

fn main() {
    let page = vec![User { id: 1, name: "ann".to_string() }, User { id: 2, name: "bob".to_string() }];
    let lines: Vec<String> = comp![f"{u.id}: {u.name}" for u in &page];
    println!("{}", lines.join("\n"));
}
