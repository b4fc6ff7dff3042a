//! mistake: `(y = f(x))` (plain `=`) where the walrus `:=` was meant
//! offending: y = normalize(raw)
//! category: syntax
use comprehensions::comp;

fn normalize(s: &str) -> String {
    s.trim().to_lowercase()
}

fn main() {
    let raw_tags = vec![" Rust", "  ", "Go "];
    let tags = comp![y for raw in raw_tags if !(y = normalize(raw)).is_empty()];
    println!("{tags:?}");
}
