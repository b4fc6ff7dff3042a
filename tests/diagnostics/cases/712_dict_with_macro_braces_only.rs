//! mistake: writes a dict comprehension with the macro's own braces, `comp!{k: v for ..}`, which the macro cannot see: a dict needs inner braces
//! offending: :
//! category: syntax
use comprehensions::comp;

fn main() {
    let words = vec!["apple", "fig", "banana"];
    let lengths = comp!{w: w.len() for w in &words};
    println!("{lengths:?}");
}
