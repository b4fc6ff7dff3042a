//! mistake: a lazy form is counted and then iterated again (a Python generator would silently be empty; a list would not)
//! offending: evens
//! category: ownership
use comprehensions::comp;

fn main() {
    let ids = vec![4_u64, 7, 10, 12];
    let evens = comp!((i for i in &ids if i % 2 == 0));
    let n = evens.count();
    for e in evens {
        println!("{e} of {n}");
    }
}
