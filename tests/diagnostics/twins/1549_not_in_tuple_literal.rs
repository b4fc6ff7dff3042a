//! mistake: Python's `ext(f) not in ("jpg", "png")` membership in a tuple literal
//! offending: not in
//! category: python-habit
fn ext(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, e)| e)
}

fn main() {
    let files = vec!["a.jpg", "b.txt", "c.png"];
    let others: Vec<_> = files.iter().filter(|f| ext(f) not in ("jpg", "png")).collect();
    println!("{others:?}");
}
