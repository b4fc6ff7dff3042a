//! mistake: `itertools.chain` of a generator yielding `&i32` (over `&a`) with one yielding `i32`, as Python mixes them freely
//! offending: comp!((x * 10 for x in &b))
//! category: type
use comprehensions::comp;

fn main() {
    let a = vec![1, 2, 3];
    let b = vec![4, 5];
    let all: Vec<i32> = comp!((x for x in &a)).chain(comp!((x * 10 for x in &b))).collect();
    println!("{all:?}");
}
