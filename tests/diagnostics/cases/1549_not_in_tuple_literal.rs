//! mistake: Python's `ext(f) not in ("jpg", "png")` membership in a tuple literal
//! offending: not in
//! category: python-habit
use comprehensions::comp;

fn ext(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, e)| e)
}

fn main() {
    let files = vec!["a.jpg", "b.txt", "c.png"];
    let others = comp![f for f in &files if ext(f) not in ("jpg", "png")];
    println!("{others:?}");
}
