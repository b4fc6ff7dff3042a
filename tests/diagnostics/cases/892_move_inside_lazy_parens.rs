//! mistake: `move` written inside the generator's parentheses instead of before them
//! offending: move
//! category: syntax
use comprehensions::comp;

fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    comp!((move x * k for x in xs))
}

fn main() {
    println!("{:?}", scaled(vec![1, 2], 3).collect::<Vec<_>>());
}
