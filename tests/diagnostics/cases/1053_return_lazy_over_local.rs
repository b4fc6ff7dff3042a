//! mistake: a function returns a lazy form over a local `String` it splits, so the iterator borrows a value that dies with the function
//! offending: comp!((w.to_uppercase() for w in text.split_whitespace()))
//! category: ownership
use comprehensions::comp;

fn load() -> String {
    "alpha beta gamma".to_string()
}

fn shouted() -> impl Iterator<Item = String> {
    let text = load();
    comp!((w.to_uppercase() for w in text.split_whitespace()))
}

fn main() {
    for w in shouted() {
        println!("{w}");
    }
}
