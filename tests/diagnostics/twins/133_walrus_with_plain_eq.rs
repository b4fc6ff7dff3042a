//! mistake: `(y = f(x))` (plain `=`) where the walrus `:=` was meant (hand-written)
fn normalize(s: &str) -> String {
    s.trim().to_lowercase()
}

fn main() {
    let raw_tags = vec![" Rust", "  ", "Go "];
    let mut tags = Vec::new();
    for raw in raw_tags {
        if !(y = normalize(raw)).is_empty() {
            tags.push(y);
        }
    }
    println!("{tags:?}");
}
