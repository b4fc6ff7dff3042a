//! mistake: Python's `key, value = [p.strip() for p in line.split('=')]` as a `let [key, value] = comp![..] else`: a `Vec` is not an array pattern's scrutinee
//! offending: [key, value]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "width = 80";
    let [key, value] = comp![p.trim() for p in line.split('=')] else {
        panic!("bad line: {line}");
    };
    println!("{key} -> {value}");
}
