//! mistake: chaining an iterator of &i32 with an owned Vec<i32> (items differ)
//! offending: chain(extra)
//! category: type
use comprehensions::comp;

fn main() {
    let base = vec![1, 2, 3];
    let extra = vec![10, 20];
    let all = comp![x * 2 for x in base.iter().chain(extra)];
    println!("{all:?}");
}
