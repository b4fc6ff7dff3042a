//! mistake: `move` written as an option after the display instead of before it
//! offending: move
//! category: syntax
use comprehensions::comp;

fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!((x * k for x in xs); move)
}

fn main() {
    println!("{:?}", scaled(vec![1, 2, 3], 10).collect::<Vec<_>>());
}
