//! mistake: a lazy form returned from a function without `move`, so it borrows the parameter `k`
//! offending: x * k
//! category: ownership
use comprehensions::comp;

fn scaled(xs: &[i32], k: i32) -> impl Iterator<Item = i32> + '_ {
    comp!((x * k for x in xs))
}

fn main() {
    let xs = vec![1, 2, 3];
    println!("{:?}", scaled(&xs, 10).collect::<Vec<_>>());
}
