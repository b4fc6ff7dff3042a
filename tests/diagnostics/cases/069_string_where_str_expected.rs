//! mistake: passing an owned `String` to a function that takes `&str`
//! offending: normalize(line)
//! category: type
use comprehensions::comp;

fn normalize(s: &str) -> String {
    s.trim().to_lowercase()
}

fn main() {
    let lines = vec![" Foo".to_string(), "BAR ".to_string()];
    let keys = comp![normalize(line) for line in lines];
    println!("{keys:?}");
}
