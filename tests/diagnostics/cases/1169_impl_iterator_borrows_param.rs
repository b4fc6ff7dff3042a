//! mistake: returns a generator expression over `text.split(' ')` as `impl Iterator`, where `text` is an owned parameter dropped at return (a Python generator keeps it alive)
//! offending: text.split(' ')
//! category: ownership
use comprehensions::comp;

fn shout(text: String) -> impl Iterator<Item = String> {
    comp!((w.to_uppercase() for w in text.split(' ') if !w.is_empty()))
}

fn main() {
    for w in shout("hello big world".to_string()) {
        println!("{w}");
    }
}
