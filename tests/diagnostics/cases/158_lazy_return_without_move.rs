//! mistake: returning a lazy comprehension that uses a parameter, without the leading `move`
//! offending: comp!((x * k for x in xs))
//! category: ownership
use comprehensions::comp;

fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!((x * k for x in xs))
}

fn main() {
    let v: Vec<i32> = scaled(vec![1, 2, 3], 10).collect();
    println!("{v:?}");
}
