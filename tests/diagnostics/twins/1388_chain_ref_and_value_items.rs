//! mistake: `itertools.chain` of an iterator yielding `&i32` (over `&a`) with one yielding `i32`, as Python mixes them freely
//! offending: b.iter().map(|x| x * 10)
//! category: type
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![4, 5];
    let all: Vec<i32> = a.iter().chain(b.iter().map(|x| x * 10)).collect();
    println!("{all:?}");
}
