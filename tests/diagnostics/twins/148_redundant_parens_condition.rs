//! mistake: C/Python-style parentheses around a filter condition (hand-written)
fn main() {
    let words = vec!["tree", "a", "forest"];
    let mut long = Vec::new();
    for s in words {
        if (s.len() > 3) {
            long.push(s);
        }
    }
    println!("{long:?}");
}
