//! mistake: a dangling `,` after the iterable of a multi-line dict comprehension
//! offending: ,
//! category: syntax
use comprehensions::comp;

fn main() {
    let pairs = vec![("a", 1), ("b", 2)];
    let index = comp!({
        k: v * 10
        for (k, v) in pairs,
    });
    println!("{index:?}");
}
