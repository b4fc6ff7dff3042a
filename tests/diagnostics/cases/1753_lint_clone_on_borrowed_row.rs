//! mistake: Python's `copy(r)` habit: `.clone()` on a borrowed row whose type is not `Clone`, which only copies the reference
//! offending: r.clone()
//! category: lint
use comprehensions::comp;

#[derive(Debug)]
struct Row {
    id: u32,
    title: String,
}

fn main() {
    let rows = vec![Row { id: 1, title: "hello".to_string() }, Row { id: 2, title: "world".to_string() }];
    let snapshot = comp![r.clone() for r in &rows if !r.title.is_empty() && r.id > 1];
    println!("{snapshot:?}");
}
