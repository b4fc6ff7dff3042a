//! mistake: a function returns an iterator over a local `String` it splits
//! offending: text.split_whitespace().map(|w| w.to_uppercase())
//! category: ownership
fn load() -> String {
    "alpha beta gamma".to_string()
}

fn shouted() -> impl Iterator<Item = String> {
    let text = load();
    text.split_whitespace().map(|w| w.to_uppercase())
}

fn main() {
    for w in shouted() {
        println!("{w}");
    }
}
